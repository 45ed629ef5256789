import MarkdownIt from 'markdown-it';
import type { FigureRecord, IncidentRecord } from '../model/records.ts';
import { dataRefPlugin, type DataRefEnv } from './data-refs.ts';
import type { ParsedFile } from './front-matter.ts';
import type { Problem } from './problem.ts';

/**
 * Article bodies are Markdown. Raw HTML is never passed through (markdown-it's `html: false`
 * shows it as text) and links to javascript:, vbscript:, file: and data: are not made into links,
 * so an article cannot run script on the site. Numbers come from the data (src/pipeline/data-refs.ts).
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  // Links that leave the site must not give the other page a handle on ours.
  if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

md.use(dataRefPlugin);

export function renderBody(
  parsed: ParsedFile,
  figures: ReadonlyMap<string, FigureRecord>,
  incidents: ReadonlyMap<string, IncidentRecord>,
  sourceId: string,
): { html: string; problems: Problem[]; figureRefs: string[] } {
  const problems: Problem[] = [];
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

  const env: DataRefEnv = { context: { figures, incidents, sourceId }, problems: [], figureRefs: [] };
  const html = md.render(parsed.body, env);
  // The rule sees inline text, not the file: place each problem at the reference's first occurrence.
  for (const p of env.problems) {
    const index = Math.max(0, parsed.body.indexOf(p.token));
    problems.push(at(index, p.message, p.token, p.expected, p.hint));
  }
  return { html, problems, figureRefs: [...new Set(env.figureRefs)].sort() };
}
