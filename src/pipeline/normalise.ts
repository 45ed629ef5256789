import type { ArticleFrontMatter } from '../schema/article.ts';
import type { Stance } from '../schema/attribution.ts';
import type { ClaimInput, FigureClaimInput } from '../schema/claim.ts';
import { normaliseCount } from '../schema/count.ts';
import { partialDateSpan, spanBetween, type DaySpan } from '../schema/date.ts';
import type { HarmType } from '../schema/measure.ts';
import type { DateInput, PeriodInput } from '../schema/span.ts';
import type { AttributionRecord, ClaimRecord, DenialRecord, EventRecord, FigureRecord, HarmCounts, IncidentRecord, SourceRecord } from '../model/records.ts';
import type { Loaded } from './load-content.ts';
import { problemAt } from './locate.ts';
import type { Problem } from './problem.ts';
import { exactQuarter, quarterSpan } from './quarters.ts';
import type { Registry } from './registry.ts';

/** One article's incident before merging: the record plus where it was written, for warnings. */
export type IncidentDraft = { record: IncidentRecord; article: Loaded<ArticleFrontMatter>; index: number };
export type FigureDraft = { record: FigureRecord; article: Loaded<ArticleFrontMatter>; index: number };

export type Normalised = {
  sources: SourceRecord[];
  incidents: IncidentDraft[];
  figures: FigureDraft[];
  figureClaims: ClaimRecord[];
  /** Report-wide denials, with where they were written (their scope is resolved once all records exist). */
  reportDenials: { record: DenialRecord; article: Loaded<ArticleFrontMatter>; index: number }[];
  events: EventRecord[];
};

export function dateSpan(input: DateInput): DaySpan {
  return typeof input === 'string' ? partialDateSpan(input) : spanBetween(input.start, input.end);
}

function periodSpan(input: PeriodInput, source: SourceRecord): DaySpan {
  if ('quarter' in input) return { ...quarterSpan(input.quarter), precision: 'quarter' };
  const span = input.end === 'publication' ? spanBetween(input.start, source.published_as_written) : spanBetween(input.start, input.end);
  return exactQuarter(span.start, span.end) ? { ...span, precision: 'quarter' } : span;
}

export function sourceRecord(a: ArticleFrontMatter): SourceRecord {
  const s = a.source;
  return {
    id: a.id,
    title: s.title,
    publisher: s.publisher,
    author_org: s.author_org ?? null,
    url: s.url ?? null,
    accessed: s.accessed ?? null,
    published: partialDateSpan(s.published),
    published_as_written: s.published,
    published_approximate: s.published_approximate ?? false,
    published_note: s.published_note ?? null,
    kind: s.kind,
    language: s.language,
    report_id: reportOf(a),
  };
}

/** A party's own statement as one text relays it (the army's counter-claim in a wire story): a voice of its own. */
export function partyReport(articleId: string, party: string): string {
  const slug = party.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${articleId}--${slug || 'party'}`;
}

/** The report an article's text relays: its `source.report`, or the article itself. */
export function reportOf(a: ArticleFrontMatter): string {
  return a.source.report ?? a.id;
}

function harmCounts(counts: ClaimInput['counts']): HarmCounts {
  const out: HarmCounts = {};
  for (const [harm, c] of Object.entries(counts ?? {})) if (c) out[harm as HarmType] = normaliseCount(c);
  return out;
}

/** Converts each article's front matter into records, resolving actor, place and figure references. */
export function normalise(articles: readonly Loaded<ArticleFrontMatter>[], registry: Registry): { out: Normalised; problems: Problem[] } {
  const problems: Problem[] = [];
  const out: Normalised = { sources: [], incidents: [], figures: [], figureClaims: [], reportDenials: [], events: [] };

  const unknownActor = (a: Loaded<ArticleFrontMatter>, path: (string | number)[], name: string): Problem =>
    problemAt(a.parsed, path, 'error', { message: `unknown actor "${name}"`, expected: 'an actor id or alias from content/actors/', found: `"${name}"`, hint: registry.actorHint(name) });

  /** Resolves actors a claim's source names; unknown ones are reported where they were written. */
  const attributions = (a: Loaded<ArticleFrontMatter>, list: readonly { actor: string; as_named?: string; stance: Stance }[], path: (string | number)[]): AttributionRecord[] => {
    const out: AttributionRecord[] = [];
    for (const [j, at] of list.entries()) {
      const id = registry.actorId(at.actor);
      if (!id) {
        problems.push(unknownActor(a, [...path, j], at.actor));
        continue;
      }
      const actor = registry.actors.get(id)!;
      // The source's own words stay with the attribution: an alias never turns into a name it did not use.
      out.push({ actor_id: id, category: actor.category, as_named: at.as_named ?? (at.actor === id ? actor.name : at.actor), stance: at.stance });
    }
    return out;
  };

  const claimRecord = (
    a: Loaded<ArticleFrontMatter>,
    c: ClaimInput | FigureClaimInput,
    path: (string | number)[],
    target: { incident: string | null; figures: string[]; position: string; defaultAttributions: AttributionRecord[] },
  ): ClaimRecord => {
    if (c.by_actor && !registry.actorId(c.by_actor)) {
      problems.push(unknownActor(a, [...path, 'by_actor'], c.by_actor));
    }
    if (c.counts && Object.keys(c.counts).length > 0 && !c.counts_of) {
      problems.push(problemAt(a.parsed, [...path, 'counts'], 'error', { message: 'say whom the counts describe', expected: 'counts_of: civilians, people or combatants', found: 'counts without counts_of', hint: 'an army\'s "18 assailants killed" is counts_of: combatants; a UN count of civilians is counts_of: civilians; detainees whose status the source does not give are counts_of: people' }));
    }
    const own = 'attributes' in c && c.attributes ? attributions(a, c.attributes, [...path, 'attributes']) : null;
    return {
      id: ('id' in c && c.id) || `${a.data.id}--${target.position}`,
      source_id: a.data.id,
      // A report relays the article's report; a counter-claim or denial is another party's word as
      // this text reports it, never a second account of the report it answers.
      report_id: c.report ?? (c.kind === 'report' ? reportOf(a.data) : partyReport(a.data.id, c.by_actor ?? c.by)),
      kind: c.kind,
      by: c.by,
      by_actor: c.by_actor ? registry.actorId(c.by_actor) : null,
      date: c.date ? partialDateSpan(c.date) : null,
      counts_of: c.counts_of ?? null,
      counts: harmCounts(c.counts),
      statement: c.statement,
      incident_id: target.incident,
      figure_ids: target.figures,
      // A report speaks for the incident's perpetrators as the article names them; a counter-claim
      // or denial is another party's word and attributes nothing unless the editor says so.
      attributions: own ?? (c.kind === 'report' ? target.defaultAttributions : []),
      about_claims: ('about_claims' in c && c.about_claims) || [],
      lead: c.lead ?? null,
      denied_by: [],
    };
  };

  for (const a of articles) {
    const fm = a.data;
    const source = sourceRecord(fm);
    out.sources.push(source);

    for (const [i, inc] of (fm.incidents ?? []).entries()) {
      const path = ['incidents', i];
      if (!registry.places.has(inc.place)) {
        problems.push(problemAt(a.parsed, [...path, 'place'], 'error', { message: `unknown place "${inc.place}"`, expected: 'a place id from content/places/', found: `"${inc.place}"`, hint: registry.placeHint(inc.place) }));
      }
      const stance = inc.perpetrator_stance ?? 'named';
      const incidentAttributions = attributions(a, inc.perpetrators.map((actor) => ({ actor, stance })), [...path, 'perpetrators']);
      const claims = inc.claims.map((c, k) => claimRecord(a, c, [...path, 'claims', k], { incident: inc.id, figures: [], position: `${k}`, defaultAttributions: incidentAttributions }));
      const record: IncidentRecord = {
        id: inc.id,
        title: inc.title,
        date: dateSpan(inc.date),
        date_note: inc.date_note ?? null,
        place_id: inc.place,
        perpetrator_ids: [],
        perpetrator_categories: [],
        attributions: [],
        description: inc.description,
        counts: {},
        people_counts: {},
        status: 'reported',
        denials: [],
        report_ids: [],
        same_victims_as: inc.same_victims_as ?? null,
        claims,
        source_ids: [fm.id],
      };
      out.incidents.push({ record, article: a, index: i });
    }

    for (const [i, f] of (fm.figures ?? []).entries()) {
      const path = ['figures', i];
      const who = registry.perpetrator(f.perpetrator);
      if (!who) {
        problems.push(problemAt(a.parsed, [...path, 'perpetrator'], 'error', { message: `unknown perpetrator "${f.perpetrator}"`, expected: 'all, a perpetrator category, or an actor id', found: `"${f.perpetrator}"`, hint: registry.perpetratorHint(f.perpetrator) }));
      }
      for (const [j, w] of (f.where ?? []).entries()) {
        if (!registry.places.has(w)) problems.push(problemAt(a.parsed, [...path, 'where', j], 'error', { message: `unknown place "${w}"`, expected: 'a place id from content/places/', found: `"${w}"`, hint: registry.placeHint(w) }));
      }
      const figureActors: string[] = who?.id && who.id !== 'all' ? [who.id] : [];
      for (const [j, name] of (f.actors ?? []).entries()) {
        const id = registry.actorId(name);
        if (id) figureActors.push(id);
        else problems.push(unknownActor(a, [...path, 'actors', j], name));
      }
      const period = periodSpan(f.period, source);
      if (f.change_from_previous_quarter && period.precision !== 'quarter') {
        problems.push(problemAt(a.parsed, [...path, 'change_from_previous_quarter'], 'error', { message: 'a change from the previous quarter needs a figure for exactly one quarter', expected: 'period: { quarter: YYYY-Qn }', found: `a period from ${period.start} to ${period.end}`, hint: 'remove the change, or give the figure\'s quarter' }));
      }
      out.figures.push({
        article: a,
        index: i,
        record: {
          id: f.id,
          period,
          quarter: period.precision === 'quarter' ? exactQuarter(period.start, period.end) : null,
          perpetrator_id: who?.id ?? null,
          perpetrator_category: who?.category ?? 'unidentified',
          actor_ids: [...new Set(figureActors)].sort(),
          measure: f.measure,
          count: f.count ? normaliseCount(f.count) : null,
          report_id: f.report ?? source.report_id,
          definition: f.definition ?? null,
          lead: f.lead ?? null,
          denials: [],
          share_percent: f.share?.percent ?? null,
          share_of: f.share?.of ?? null,
          part_of: f.part_of ?? null,
          where: f.where ?? [],
          derived: false,
          derivation: null,
          derived_from: [],
          note: f.note ?? null,
          source_id: fm.id,
        },
      });
    }

    for (const [i, c] of (fm.claims ?? []).entries()) {
      out.figureClaims.push(claimRecord(a, c, ['claims', i], { incident: null, figures: c.about_figures, position: `claims--${i}`, defaultAttributions: [] }));
    }

    for (const [i, d] of (fm.denials ?? []).entries()) {
      const against: string[] = [];
      for (const [j, name] of d.against.entries()) {
        const who = registry.perpetrator(name);
        if (who && who.id !== 'all') against.push(who.id ?? who.category);
        else problems.push(problemAt(a.parsed, ['denials', i, 'against', j], 'error', { message: `unknown category or actor "${name}"`, expected: 'a perpetrator category (state-forces…) or an actor id', found: `"${name}"`, hint: registry.perpetratorHint(name) }));
      }
      if (d.by_actor && !registry.actorId(d.by_actor)) {
        problems.push(unknownActor(a, ['denials', i, 'by_actor'], d.by_actor));
      }
      out.reportDenials.push({
        article: a,
        index: i,
        record: { by: d.by, by_actor: d.by_actor ? registry.actorId(d.by_actor) : null, date: d.date ? partialDateSpan(d.date) : null, source_id: fm.id, scope: 'report', report_id: d.report, against: [...new Set(against)].sort(), statement: d.statement, statement_id: d.statement_id ?? null },
      });
    }

    for (const e of fm.events ?? []) {
      out.events.push({ id: e.id, date: dateSpan(e.date), title: e.title, description: e.description ?? null, source_id: fm.id });
    }
  }
  return { out, problems };
}
