import { compare } from '../../lib/compare.ts';
import { code, table, text } from './markdown.ts';

/**
 * The shape every record diff shares: what was added, removed and changed, each with the source
 * (article) it comes from, so a reviewer can open the file. Values are plain words (counts as
 * their sources state them); escaping for Markdown happens only in `sectionMarkdown`.
 */
export type Entry = { id: string; summary: string; source: string };
export type Change = { id: string; source: string; changes: string[] };
export type Section = { added: Entry[]; removed: Entry[]; changed: Change[] };

export type Describe<T> = {
  key: (t: T) => string;
  /** The fields a reviewer compares, in words; a field whose words differ is a change. */
  fields: (t: T) => Record<string, string>;
  summary: (t: T) => string;
  source: (t: T) => string;
};

export function diffSection<T>(before: readonly T[], after: readonly T[], d: Describe<T>): Section {
  const a = new Map(before.map((t) => [d.key(t), t]));
  const b = new Map(after.map((t) => [d.key(t), t]));
  const out: Section = { added: [], removed: [], changed: [] };
  for (const [id, t] of b) if (!a.has(id)) out.added.push({ id, summary: d.summary(t), source: d.source(t) });
  for (const [id, t] of a) if (!b.has(id)) out.removed.push({ id, summary: d.summary(t), source: d.source(t) });
  for (const [id, t] of b) {
    const old = a.get(id);
    if (!old) continue;
    const x = d.fields(old);
    const y = d.fields(t);
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    const changes = keys.filter((k) => x[k] !== y[k]).map((k) => `${k}: ${x[k] ?? '—'} → ${y[k] ?? '—'}`);
    if (changes.length) out.changed.push({ id, source: d.source(t), changes });
  }
  const byId = (p: { id: string }, q: { id: string }) => compare(p.id, q.id);
  out.added.sort(byId);
  out.removed.sort(byId);
  out.changed.sort(byId);
  return out;
}

export function sectionSize(s: Section): number {
  return s.added.length + s.removed.length + s.changed.length;
}

/** `### Figures: 1 added, 0 removed, 2 changed` and one table row per record; nothing when unchanged. */
export function sectionMarkdown(title: string, s: Section, sourceLabel: string): string[] {
  if (!sectionSize(s)) return [];
  const row = (kind: string, id: string, values: string, source: string) => [kind, code(id), text(values), text(source)];
  const rows = [
    ...s.added.map((x) => row('added', x.id, x.summary, x.source)),
    ...s.removed.map((x) => row('removed', x.id, x.summary, x.source)),
    ...s.changed.map((x) => row('changed', x.id, x.changes.join('; '), x.source)),
  ];
  return [`### ${title}: ${s.added.length} added, ${s.removed.length} removed, ${s.changed.length} changed`, '', ...table(['', 'id', 'values', sourceLabel], rows), ''];
}
