import type MarkdownItClass from 'markdown-it';
import { formatCount, formatNumber } from '../format/count.ts';
import type { ClaimRecord, FigureRecord, IncidentRecord } from '../model/records.ts';
import { HARM_TYPES, type HarmType } from '../schema/measure.ts';
import { didYouMean } from './did-you-mean.ts';

/**
 * Numbers in article text come from the data, never typed by hand:
 * - `{{figure:ID}}`: a figure's count as its source states it (or derived, flagged);
 * - `{{incident:ID:HARM}}`: in an article that records the incident, what *its own* source says
 *   (so adding another report never rewrites this article's sentence); elsewhere, the incident's
 *   estimate (one claim, or the envelope of several);
 * - `{{incident:ID:HARM:all}}`: the incident's estimate from every source, said as an envelope;
 * - `{{claim:INCIDENT:CLAIM:HARM}}`: one named claim's number, as its source states it.
 * It is a markdown-it inline rule, so nothing inside code spans or code blocks is replaced.
 */
export type DataRefContext = {
  figures: ReadonlyMap<string, FigureRecord>;
  incidents: ReadonlyMap<string, IncidentRecord>;
  /** The article being rendered: its own claims come first. */
  sourceId: string;
};

export type DataRefProblem = { token: string; message: string; expected: string; hint: string };
export type DataRefEnv = { context: DataRefContext; problems: DataRefProblem[]; figureRefs: string[] };

const HELP = '{{figure:ID}}, {{incident:ID:HARM}}, {{incident:ID:HARM:all}} or {{claim:INCIDENT:CLAIM:HARM}}';

export const dataRefPlugin = (md: InstanceType<typeof MarkdownItClass>): void => {
  md.inline.ruler.before('emphasis', 'data_ref', (state, silent) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x7b) return false;
    const end = src.indexOf('}}', pos + 2);
    if (end < 0) return false;
    const inner = src.slice(pos + 2, end).trim();
    if (!/^(figure|incident|claim):/.test(inner)) return false;
    if (!silent) {
      const t = state.push('data_ref', '', 0);
      t.content = inner;
      t.meta = { token: src.slice(pos, end + 2) };
    }
    state.pos = end + 2;
    return true;
  });
  md.renderer.rules.data_ref = (tokens, idx, _options, rawEnv) => {
    const env = rawEnv as DataRefEnv;
    const token = tokens[idx]!;
    const written = (token.meta as { token: string }).token;
    const out = resolve(token.content, env.context);
    if ('problem' in out) {
      env.problems.push({ token: written, ...out.problem });
      return escapeHtml(written);
    }
    if (out.figure) env.figureRefs.push(out.figure);
    return `<data class="figure-ref" value="${escapeHtml(out.value)}"${out.title ? ` title="${escapeHtml(out.title)}"` : ''}>${escapeHtml(out.text)}</data>`;
  };
};

type Resolved = { text: string; value: string; title: string | null; figure?: string } | { problem: Omit<DataRefProblem, 'token'> };

function resolve(inner: string, ctx: DataRefContext): Resolved {
  const [kind, ...args] = inner.split(':').map((s) => s.trim());
  const bad = (message: string, hint: string): Resolved => ({ problem: { message, expected: HELP, hint } });
  if (kind === 'figure') {
    const f = args.length === 1 ? ctx.figures.get(args[0]!) : undefined;
    if (!f) return bad(`unknown figure "${args.join(':')}" in the text`, didYouMean(args[0] ?? '', ctx.figures.keys()) ?? 'figure ids are listed in the front matter of each article');
    // A share of a total the source does not give has no count: its stated percentage is printed.
    const text = f.count ? formatCount(f.count) : `${formatNumber(f.share_percent!)}%`;
    return { text, value: f.id, title: f.derived ? `derived: ${f.derivation ?? f.id}` : null, figure: f.id };
  }
  const incident = ctx.incidents.get(args[0] ?? '');
  if (!incident) return bad(`unknown incident "${args[0] ?? ''}" in the text`, didYouMean(args[0] ?? '', ctx.incidents.keys()) ?? 'check the incident id in the front matter');
  if (kind === 'claim') {
    const [, claimId, harm] = args;
    const claim = incident.claims.find((c) => c.id === claimId);
    if (!claim) return bad(`incident "${incident.id}" has no claim "${claimId ?? ''}"`, didYouMean(claimId ?? '', incident.claims.map((c) => c.id)) ?? 'give the claim an `id:` in the front matter');
    const h = harmOf(harm);
    const c = h ? claim.counts[h] : undefined;
    if (!h || !c) return bad(`claim "${claimId}" of incident "${incident.id}" gives no "${harm ?? ''}" count`, `counts it gives: ${Object.keys(claim.counts).join(', ') || 'none'}`);
    return { text: formatCount(c), value: `${incident.id}:${claim.id}:${h}`, title: `${claim.by}` };
  }
  const [, harm, scope] = args;
  const h = harmOf(harm ?? 'killed');
  if (!h || (scope !== undefined && scope !== 'all')) return bad(`"${inner}" is not a data reference this site knows`, `HARM is one of ${HARM_TYPES.join(', ')}; add ":all" for every source's estimate`);
  const own = ownClaims(incident, ctx.sourceId, h);
  if (scope === undefined && own.length === 1) {
    const c = own[0]!;
    return { text: formatCount(c.counts[h]!), value: `${incident.id}:${c.id}:${h}`, title: c.by };
  }
  if (scope === undefined && own.length > 1) {
    return bad(`this article's source gives several "${h}" counts for "${incident.id}"`, `name one with {{claim:${incident.id}:CLAIM:${h}}} (claim ids: ${own.map((c) => c.id).join(', ')}), or print every source's estimate with {{incident:${incident.id}:${h}:all}}`);
  }
  const e = incident.counts[h] ?? incident.people_counts[h];
  if (!e) return bad(`incident "${incident.id}" has no "${h}" count`, `counts it has: ${[...Object.keys(incident.counts), ...Object.keys(incident.people_counts)].join(', ') || 'none'}`);
  return { text: formatCount(e), value: `${incident.id}:${h}`, title: e.rule };
}

function ownClaims(incident: IncidentRecord, sourceId: string, h: HarmType): ClaimRecord[] {
  return incident.claims.filter((c) => c.source_id === sourceId && c.kind !== 'denial' && c.counts[h] && c.counts_of !== 'combatants');
}

function harmOf(h: string | undefined): HarmType | null {
  return h && (HARM_TYPES as readonly string[]).includes(h) ? (h as HarmType) : null;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
