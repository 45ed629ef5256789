import MarkdownIt from 'markdown-it';
import { formatCount } from '../format/count.ts';
import type { FigureRecord, IncidentRecord } from '../model/records.ts';
import { HARM_TYPES } from '../schema/measure.ts';
import { didYouMean } from './did-you-mean.ts';
import type { ParsedFile } from './front-matter.ts';
import type { Problem } from './problem.ts';

/**
 * Article bodies are Markdown. Raw HTML is never passed through (markdown-it's `html: false`
 * shows it as text) and links to javascript:, vbscript:, file: and data: are not made into links,
 * so an article cannot run script on the site. Numbers come from the data: `{{figure:ID}}` prints
 * a figure's count with its bound, `{{incident:ID:killed}}` an incident's.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  // Links that leave the site must not give the other page a handle on ours.
  if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export const REFERENCE_PATTERN = /\{\{\s*(figure|incident):([a-z0-9-]+)(?::([a-z-]+))?\s*\}\}/g;

export function renderBody(
  parsed: ParsedFile,
  figures: ReadonlyMap<string, FigureRecord>,
  incidents: ReadonlyMap<string, IncidentRecord>,
): { html: string; problems: Problem[]; figureRefs: string[] } {
  const problems: Problem[] = [];
  const refs: string[] = [];
  const lineOf = (index: number) => parsed.bodyLine + parsed.body.slice(0, index).split('\n').length - 1;
  const columnOf = (index: number) => index - parsed.body.lastIndexOf('\n', index - 1);
  const at = (index: number, message: string, found: string, expected: string, hint: string, severity: Problem['severity'] = 'error'): Problem => ({
    severity, file: parsed.file, line: lineOf(index), column: columnOf(index), field: '(article text)', message, expected, found, hint,
  });

  for (const m of parsed.body.matchAll(/<\s*(script|iframe|object|embed|style)\b|\son[a-z]+\s*=|<[a-z][a-z0-9]*(\s[^>]*)?>/gi)) {
    problems.push(at(m.index, 'the text contains raw HTML, which the site shows as plain text and never runs', JSON.stringify(m[0].trim().slice(0, 40)), 'Markdown only', 'use Markdown for formatting: **bold**, [link](https://…), > quote', 'warning'));
  }
  for (const m of parsed.body.matchAll(/\]\(\s*(javascript|vbscript|data|file):/gi)) {
    problems.push(at(m.index, `a link uses the unsafe "${m[1]!.toLowerCase()}:" scheme and will not be made a link`, JSON.stringify(m[0]), 'a link to https://…', 'link only to web pages (https://…) or to pages of this site', 'warning'));
  }

  const replacements = new Map<string, string>();
  for (const m of parsed.body.matchAll(REFERENCE_PATTERN)) {
    const [token, kind, id, harm] = m as unknown as [string, 'figure' | 'incident', string, string | undefined];
    if (kind === 'figure') {
      const f = figures.get(id);
      if (!f || !f.count) {
        problems.push(at(m.index, `unknown figure "${id}" in the text`, token, 'the id of a figure in the data', didYouMean(id, figures.keys()) ?? 'figure ids are listed in the front matter of each article'));
        continue;
      }
      refs.push(id);
      replacements.set(token, `<data class="figure-ref" value="${f.id}" title="${f.derived ? 'derived: ' : ''}${escapeAttr(f.id)}">${formatCount(f.count)}</data>`);
    } else {
      const inc = incidents.get(id);
      const h = (harm ?? 'killed') as (typeof HARM_TYPES)[number];
      const c = inc?.counts[h];
      if (!inc || !(HARM_TYPES as readonly string[]).includes(h) || !c) {
        problems.push(at(m.index, `unknown incident count "${id}${harm ? `:${harm}` : ''}" in the text`, token, `{{incident:ID:HARM}} with HARM one of ${HARM_TYPES.join(', ')}, for an incident that has that count`, didYouMean(id, incidents.keys()) ?? 'check the incident id and that it has that count'));
        continue;
      }
      replacements.set(token, `<data class="figure-ref" value="${inc.id}:${h}">${formatCount(c)}</data>`);
    }
  }
  let html = md.render(parsed.body);
  for (const [token, replacement] of replacements) html = html.split(escapeHtml(token)).join(replacement).split(token).join(replacement);
  return { html, problems, figureRefs: [...new Set(refs)].sort() };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeAttr(s: string): string {
  return escapeHtml(s);
}
