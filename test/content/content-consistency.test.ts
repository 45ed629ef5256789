import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { FigureRecord, SiteData } from '../../src/model/records.ts';
import type { Problem } from '../../src/pipeline/problem.ts';
import { interval } from '../../src/evidence/ranges.ts';
import { formatCount } from '../../src/format/count.ts';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The real content checked against itself (issue 15, item 5). Nothing here pins a merged value:
 * every check compares numbers the content states with other numbers it states, so a correct new
 * article can only turn a test red by adding a real inconsistency, which the editor then checks
 * against the sources and acknowledges in the front matter (`acknowledged`, `excludes`).
 */
let data: SiteData;
let problems: Problem[];
beforeAll(async () => {
  const built = await buildSiteData(ROOT, path.join(ROOT, 'content'));
  problems = built.problems;
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  data = built.data!;
});

type Acknowledgement = { with: string; reason: string };
type StatedFigure = { id: string; acknowledged?: Acknowledgement[]; excludes?: string[] };
const frontMatter = new Map<string, StatedFigure[]>();
/** A figure as its editor wrote it (acknowledged, excludes), read from the article file itself. */
function stated(f: FigureRecord): StatedFigure {
  if (!frontMatter.has(f.source_id)) {
    const file = path.join(ROOT, 'content', 'articles', `${f.source_id}.md`);
    frontMatter.set(f.source_id, (matter(readFileSync(file, 'utf8')).data.figures ?? []) as StatedFigure[]);
  }
  return frontMatter.get(f.source_id)!.find((x) => x.id === f.id)!;
}
const statedFigures = () => data.figures.filter((f) => !f.derived && f.count && f.where.length === 0);
const label = (f: FigureRecord) => `${f.id} (${f.source_id}): ${formatCount(f.count!)}`;

describe("each account's parts fit within its own total", () => {
  it('the counted parts an article gives of a total never add up to more than that total can be', () => {
    const over: string[] = [];
    for (const total of statedFigures()) {
      const parts = statedFigures().filter((p) => p.part_of === total.id);
      if (!parts.length) continue;
      const lo = parts.reduce((s, p) => s + interval(p.count!).lo, 0);
      if (lo > interval(total.count!).hi) over.push(`${label(total)} < ${parts.map(label).join(' + ')}`);
    }
    expect(over).toEqual([]);
  });
});

describe("every quarter's parts within its total's envelope", () => {
  it('what each perpetrator category at least counts, summed, fits under the most any account gives for the whole quarter, or the chart flags it', () => {
    const unflagged: string[] = [];
    const cells = new Map<string, FigureRecord[]>();
    for (const f of statedFigures()) if (f.quarter) cells.set(`${f.quarter}|${f.measure}`, [...(cells.get(`${f.quarter}|${f.measure}`) ?? []), f]);
    for (const [key, figures] of cells) {
      const totals = figures.filter((f) => f.perpetrator_category === 'all');
      if (!totals.length) continue;
      const totalHi = Math.max(...totals.map((f) => interval(f.count!).hi));
      // Within a category, accounts may disagree (take the lowest) and name different actors
      // (take the largest of those): the least the content says the category counts.
      const byCategory = new Map<string, Map<string, number>>();
      for (const f of figures) {
        if (f.perpetrator_category === 'all') continue;
        const who = f.perpetrator_id ?? f.perpetrator_category;
        const actors = byCategory.get(f.perpetrator_category) ?? new Map<string, number>();
        actors.set(who, Math.min(actors.get(who) ?? Infinity, interval(f.count!).lo));
        byCategory.set(f.perpetrator_category, actors);
      }
      const partsLo = [...byCategory.values()].reduce((s, actors) => s + Math.max(...actors.values()), 0);
      if (partsLo <= totalHi) continue;
      const [quarter, measure] = key.split('|');
      const row = data.quarterly.find((r) => r.quarter === quarter && r.measure === measure && r.perpetrator_category === 'all');
      if (!row?.parts_exceed_total) unflagged.push(`${key}: parts at least ${partsLo}, total at most ${totalHi}`);
    }
    expect(unflagged).toEqual([]);
  });
});

/** The stated figures for one span (same measure, all perpetrators), as an envelope. */
function envelope(figures: FigureRecord[]) {
  return { lo: Math.min(...figures.map((f) => interval(f.count!).lo)), hi: Math.max(...figures.map((f) => interval(f.count!).hi)), ids: figures.map((f) => f.id) };
}
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Tile [start, end] with the stated spans inside it, quarters first; null when a piece is missing. */
function tile(start: string, end: string, spans: Map<string, FigureRecord[]>): FigureRecord[][] | null {
  if (start === dayAfter(end)) return [];
  const next = [...spans.entries()].filter(([k]) => k.startsWith(`${start}|`)).sort(([a], [b]) => a.localeCompare(b));
  for (const [k, figures] of next) {
    const spanEnd = k.split('|')[1]!;
    if (spanEnd > end) continue;
    const rest = tile(dayAfter(spanEnd), end, spans);
    if (rest) return [figures, ...rest];
  }
  return null;
}
/** The calendar quarters from the quarter of `start` to the quarter of `end`: 2021-Q1, 2021-Q2… */
function quarterList(start: string, end: string): string[] {
  const index = (day: string) => Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const out: string[] = [];
  for (let i = index(start); i <= index(end); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
const wholeQuarters = (f: FigureRecord) => /-(01|04|07|10)-01$/.test(f.period.start) && /-(03-31|06-30|09-30|12-31)$/.test(f.period.end);

describe('annual and half-year totals against the periods they cover', () => {
  const longTotals = () => statedFigures().filter((f) => !f.quarter && f.perpetrator_category === 'all' && wholeQuarters(f));
  const check = () => {
    const results: { id: string; verdict: 'agrees' | 'acknowledged' | 'excludes' | 'disagrees' | 'no tiling'; detail: string }[] = [];
    for (const total of longTotals()) {
      const spans = new Map<string, FigureRecord[]>();
      for (const f of statedFigures()) {
        if (f.measure !== total.measure || f.perpetrator_category !== 'all' || f.id === total.id || !wholeQuarters(f)) continue;
        if (f.period.start < total.period.start || f.period.end > total.period.end) continue;
        if (f.period.start === total.period.start && f.period.end === total.period.end) continue;
        spans.set(`${f.period.start}|${f.period.end}`, [...(spans.get(`${f.period.start}|${f.period.end}`) ?? []), f]);
      }
      const pieces = tile(total.period.start, total.period.end, spans);
      if (!pieces) {
        results.push({ id: total.id, verdict: 'no tiling', detail: `no stated figures cover ${total.period.start} to ${total.period.end} (${total.measure})` });
        continue;
      }
      const sums = pieces.map(envelope);
      const lo = sums.reduce((s, e) => s + e.lo, 0);
      const hi = sums.reduce((s, e) => s + e.hi, 0);
      const slack = Math.max(1, Math.ceil((hi === Infinity ? lo : hi) * 0.01));
      const t = interval(total.count!);
      const detail = `${label(total)} against ${sums.map((e) => e.ids.join('|')).join(' + ')} = ${lo === hi ? lo : `${lo}–${hi}`}`;
      const own = stated(total);
      if (t.lo <= hi + slack && lo - slack <= t.hi) results.push({ id: total.id, verdict: 'agrees', detail });
      else if (own.acknowledged?.some((a) => a.with === 'quarters' || sums.some((e) => e.ids.includes(a.with)))) results.push({ id: total.id, verdict: 'acknowledged', detail });
      else if (own.excludes?.length && t.hi <= hi + slack) results.push({ id: total.id, verdict: 'excludes', detail });
      else results.push({ id: total.id, verdict: 'disagrees', detail });
    }
    return results;
  };
  it('every total that its sub-periods (quarters or half-years) tile agrees with their sum, allowing 1% for rounding, or is acknowledged', () => {
    const results = check();
    // SHOW_TILINGS=1 prints every total with the pieces it was checked against.
    if (process.env.SHOW_TILINGS) console.log(results);
    expect(results.filter((r) => r.verdict === 'disagrees').map((r) => r.detail)).toEqual([]);
  });
  it('a total whose every quarter is stated is always checked: the tiling finds the quarters', () => {
    const quarterStated = (measure: string, q: string) => statedFigures().some((f) => f.quarter === q && f.measure === measure && f.perpetrator_category === 'all');
    const results = check();
    const fullyStated = longTotals().filter((f) => quarterList(f.period.start, f.period.end).every((q) => quarterStated(f.measure, q)));
    expect(fullyStated.length).toBeGreaterThan(0);
    for (const f of fullyStated) expect(results.find((r) => r.id === f.id)!.verdict, f.id).not.toBe('no tiling');
  });
});

describe('no orphan actor or place', () => {
  it('every actor in content/actors/ is named by some figure, incident, claim or denial', () => {
    const used = new Set<string>();
    // An actor that stands for a whole category (signatory-armed-groups) is named by a figure or
    // incident given that category.
    for (const i of data.incidents) for (const c of i.perpetrator_categories) used.add(c);
    for (const f of data.figures) {
      used.add(f.perpetrator_category);
      if (f.perpetrator_id) used.add(f.perpetrator_id);
      for (const a of f.actor_ids) used.add(a);
      for (const d of f.denials) if (d.by_actor) used.add(d.by_actor);
    }
    for (const i of data.incidents) {
      for (const a of i.perpetrator_ids) used.add(a);
      for (const a of i.attributions) used.add(a.actor_id);
      for (const c of i.claims) if (c.by_actor) used.add(c.by_actor);
      for (const d of i.denials) if (d.by_actor) used.add(d.by_actor);
    }
    for (const d of data.report_denials) {
      if (d.by_actor) used.add(d.by_actor);
      for (const a of d.against) used.add(a);
    }
    for (const c of data.figure_claims) if (c.by_actor) used.add(c.by_actor);
    expect(data.actors.map((a) => a.id).filter((id) => !used.has(id))).toEqual([]);
  });
  it('every place in content/places/ is where some incident happened or some figure applies', () => {
    const used = new Set([...data.incidents.map((i) => i.place_id), ...data.figures.flatMap((f) => f.where)]);
    expect(data.places.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('every figure reachable from a page', () => {
  const sources = () => new Map(data.sources.map((s) => [s.id, s]));
  it('every article names the address of the page it summarises, and the day it was read', () => {
    const missing = data.sources.filter((s) => !s.url || !/^https?:\/\//.test(s.url) || !s.accessed).map((s) => s.id);
    expect(missing).toEqual([]);
  });
  it('every stated figure and claim belongs to an article with an address, and is listed on that article', () => {
    const bySource = sources();
    const articles = new Map(data.articles.map((a) => [a.id, a]));
    const orphans: string[] = [];
    for (const f of data.figures.filter((x) => !x.derived)) {
      if (!bySource.get(f.source_id)?.url) orphans.push(`figure ${f.id}`);
      if (!articles.get(f.source_id)?.figure_ids.includes(f.id)) orphans.push(`figure ${f.id} not on ${f.source_id}`);
    }
    for (const i of data.incidents) for (const c of i.claims) if (!bySource.get(c.source_id)?.url) orphans.push(`claim ${i.id}/${c.id}`);
    expect(orphans).toEqual([]);
  });
  it('every derived figure comes only from stated figures (which have addresses), never from nothing', () => {
    const byId = new Map(data.figures.map((f) => [f.id, f]));
    const roots = (f: FigureRecord, seen = new Set<string>()): FigureRecord[] =>
      f.derived ? f.derived_from.flatMap((id) => (seen.has(id) ? [] : (seen.add(id), roots(byId.get(id)!, seen)))) : [f];
    const bad = data.figures.filter((f) => f.derived).filter((f) => {
      const r = roots(f);
      return r.length === 0 || r.some((x) => !sources().get(x.source_id)?.url);
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });
});

describe('only acknowledged disagreements', () => {
  it('the checks raise no disagreement the editor has not acknowledged', () => {
    const open = problems.filter((p) => p.severity === 'warning' && /cannot agree|does not match the sum|add up to more than/.test(p.message));
    expect(open.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });
});

describe('article texts print each number with its own qualifier once', () => {
  it('no qualifier is typed before a placeholder, which already prints the source’s "at least", "about"…', () => {
    const doubled: string[] = [];
    for (const a of data.articles) {
      const body = matter(readFileSync(path.join(ROOT, a.file), 'utf8')).content;
      const re = /\b(about|around|some|approximately|roughly|at least|more than|over|up to|nearly|almost)\s+\{\{(figure|incident|claim):/gi;
      for (const m of body.matchAll(re)) doubled.push(`${a.id}: "${m[0]}"`);
    }
    expect(doubled).toEqual([]);
  });
});
