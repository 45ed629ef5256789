import type { ArticleFrontMatter } from '../schema/article.ts';
import type { ClaimRecord, ReportRecord } from '../model/records.ts';
import { claimant, shortPublisher } from '../evidence/names.ts';
import { compare } from '../lib/compare.ts';
import type { Loaded } from './load-content.ts';
import { problemAt } from './locate.ts';
import { reportOf } from './normalise.ts';
import type { Problem } from './problem.ts';

/**
 * Groups articles (accounts) by the report they relay: the finding is the report's, the words
 * the outlet's. Also names each account's voice for readers: "MINUSMA (via Reuters)".
 * Claims and figures may relay a report no article is an account of as a whole (a story about a
 * denial that quotes the UN note): those reports are listed too, with the articles that quote them.
 */
export function reportRecords(articles: readonly Loaded<ArticleFrontMatter>[], claims: readonly ClaimRecord[]): {
  reports: ReportRecord[];
  problems: Problem[];
  voice: (sourceId: string) => string;
} {
  const problems: Problem[] = [];
  const reports = new Map<string, ReportRecord>();
  const titles = new Map<string, Loaded<ArticleFrontMatter>>();
  for (const a of articles) {
    const s = a.data.source;
    const id = reportOf(a.data);
    const r = reports.get(id);
    if (!r) {
      reports.set(id, { id, by: shortPublisher(s.author_org ?? s.publisher), title: s.report_title ?? null, kind: s.kind, account_ids: [a.data.id] });
      if (s.report_title) titles.set(id, a);
      continue;
    }
    r.account_ids.push(a.data.id);
    const first = titles.get(id);
    if (s.report_title && first && first.data.source.report_title !== s.report_title) {
      problems.push(problemAt(a.parsed, ['source', 'report_title'], 'warning', {
        message: `accounts of report "${id}" give it different titles`,
        expected: `"${first.data.source.report_title}", as in ${first.file}`,
        found: `"${s.report_title}"`,
        hint: 'use the report\'s own title in both, or check that both articles really relay the same report',
      }));
    } else if (s.report_title && !first) {
      r.title = s.report_title;
      titles.set(id, a);
    }
  }
  // Reports quoted only in parts of articles (a claim's or figure's own `report`).
  for (const a of articles) {
    const quoted = [
      ...(a.data.figures ?? []).flatMap((f) => (f.report ? [{ id: f.report, by: null }] : [])),
      ...(a.data.incidents ?? []).flatMap((i) => i.claims.flatMap((c) => (c.report ? [{ id: c.report, by: c.by }] : []))),
      ...(a.data.claims ?? []).flatMap((c) => (c.report ? [{ id: c.report, by: c.by }] : [])),
    ];
    for (const q of quoted) {
      const r = reports.get(q.id);
      // A claim whose report is an article's own id is that outlet's own reporting.
      const outlet = articles.find((x) => x.data.id === q.id);
      const by = outlet ? shortPublisher(outlet.data.source.publisher) : (q.by ?? shortPublisher(a.data.source.author_org ?? a.data.source.publisher));
      if (!r) reports.set(q.id, { id: q.id, by, title: null, kind: outlet ? 'media' : null, account_ids: [a.data.id] });
      else if (!r.account_ids.includes(a.data.id)) r.account_ids.push(a.data.id);
    }
  }
  // A party's statement that a text relays (partyReport in normalise.ts) is a report of its own.
  for (const c of claims) {
    const r = reports.get(c.report_id);
    if (!r) reports.set(c.report_id, { id: c.report_id, by: c.by, title: null, kind: null, account_ids: [c.source_id] });
    else if (!r.account_ids.includes(c.source_id)) r.account_ids.push(c.source_id);
  }
  for (const r of reports.values()) r.account_ids.sort(compare);
  const voices = new Map(articles.map((a) => [a.data.id, claimant(shortPublisher(a.data.source.author_org ?? a.data.source.publisher), shortPublisher(a.data.source.publisher))]));
  return {
    reports: [...reports.values()].sort((a, b) => compare(a.id, b.id)),
    problems,
    voice: (id) => voices.get(id) ?? id,
  };
}
