import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { formatProblem, type Problem } from '../../src/pipeline/problem.ts';

/**
 * The bad-article corpus (test/fixtures/bad/content/articles/): each file is one malformed or
 * suspicious article, and each must produce exactly the problems pinned here — severity, line,
 * field, message and hint — in ONE validator run over the whole corpus, so no case can be
 * dropped silently. Two cases are generated here rather than committed: a file that is not UTF-8
 * and a file too large to be an article.
 */
type Pinned = [severity: Problem['severity'], line: number | null, field: string, message: string, hint: string | null];

/** Halves of a pair: the conflict is reported on the second article, which names this one. */
const REFERENCE_HALVES: Record<string, string> = {
  'duplicate-figure-a': 'duplicate-figure-b',
  'event-duplicate-a': 'event-duplicate-b',
  'incident-conflict-a': 'incident-conflict-b',
  'quarter-disagreement-a': 'quarter-disagreement-b',
};

const EXPECTED: Record<string, Pinned[]> = {
  'body-javascript-link': [
    ["warning", 33, "(article text)", "a link uses the unsafe \"javascript:\" scheme and will not be made a link", "link only to web pages (https://…) or to pages of this site"],
  ],
  'body-raw-html': [
    ["warning", 33, "(article text)", "the text contains raw HTML, which the site shows as plain text and never runs", "use Markdown for formatting: **bold**, [link](https://…), > quote"],
  ],
  'body-script': [
    ["warning", 35, "(article text)", "the text contains raw HTML, which the site shows as plain text and never runs", "use Markdown for formatting: **bold**, [link](https://…), > quote"],
  ],
  'body-unknown-figure': [
    ["error", 33, "(article text)", "unknown figure \"body-unknown-figure-totl\" in the text", "did you mean \"body-unknown-figure-total\"?"],
  ],
  'change-without-quarter': [
    ["error", 18, "figures[0].change_from_previous_quarter", "a change from the previous quarter needs a figure for exactly one quarter", "remove the change, or give the figure's quarter"],
  ],
  'claim-by-actor-unknown': [
    ["error", 28, "incidents[0].claims[0].by_actor", "unknown actor \"famaa\"", "did you mean \"fama\"?"],
  ],
  'claim-counts-without-counts-of': [
    ["error", 29, "incidents[0].claims[0].counts", "say whom the counts describe", "an army's \"18 assailants killed\" is counts_of: combatants; a UN count of civilians is counts_of: civilians; detainees whose status the source does not give are counts_of: people"],
  ],
  'claim-harm-unknown': [
    ["error", 30, "incidents[0].claims[0].counts.dead", "unknown field \"dead\"", "remove it, or check CONTRIBUTING.md for the fields this part takes"],
  ],
  'claim-kind-unknown': [
    ["error", 26, "incidents[0].claims[0].kind", "this value is not one of the allowed ones", "did you mean \"report\"?"],
  ],
  'count-best-outside-range': [
    ["warning", 17, "figures[0].count.best", "best (75) is above high (60)", "check the numbers against the source"],
  ],
  'count-exact-with-low': [
    ["error", 30, "incidents[0].claims[0].counts.killed.low", "a count with qualifier \"exact\" takes no \"low\"", "write an exact count as `{ qualifier: exact, best: 317 }`"],
  ],
  'count-fraction': [
    ["error", 30, "incidents[0].claims[0].counts.killed.best", "expected a whole number, not a fraction", "counts are whole numbers: check the number against the source"],
  ],
  'count-is-text': [
    ["error", 17, "figures[0].count.low", "expected a whole number", "write the number without quotes or words: 50, not \"50\" or \"fifty\""],
  ],
  'count-low-above-high': [
    ["error", 17, "figures[0].count.low", "low (80) is above high (60)", "swap them, or check the numbers against the source"],
  ],
  'count-negative': [
    ["error", 30, "incidents[0].claims[0].counts.killed.best", "expected zero or more, not a negative number", "a count is zero or more: write the number without a minus sign"],
  ],
  'count-qualifier-misspelled': [
    ["error", 17, "figures[0].count.qualifier", "this value is not one of the allowed ones", "did you mean \"at-least\"?"],
  ],
  'count-qualifier-needs-number': [
    ["error", 17, "figures[0].count.low", "a count with qualifier \"at-least\" needs \"low\"", "write \"at least 50\" as `{ qualifier: at-least, low: 50 }`"],
  ],
  'date-wrong-format': [
    ["error", 5, "added", "expected a real calendar date written YYYY-MM-DD", "write the year, month and day with hyphens, e.g. 2024-06-01; check the day exists in that month"],
  ],
  'duplicate-figure-b': [
    ["error", 13, "figures[0].id", "the figure id \"shared-figure-id\" is already used", "figure ids are unique across all articles: add the source or period to the id"],
  ],
  'empty-summary': [
    ["error", 4, "summary", "expected text, found an empty value",null],
  ],
  'empty': [
    ["error", null, "(file)", "the file is empty", "fill it in from a template (`npm run new`), or delete it"],
  ],
  'event-duplicate-b': [
    ["error", 33, "events[0].id", "the event id \"coup-2024\" is already used", "if both articles state the same event, keep it in one of them"],
  ],
  'figure-claim-unknown-figure': [
    ["error", 35, "claims[0].about_figures[0]", "unknown figure \"figure-claim-unknown-figure-totl\"", "did you mean \"figure-claim-unknown-figure-total\" or \"share-of-unknown-figure-total\"?"],
  ],
  'figure-count-and-share': [
    ["error", 18, "figures[0].share", "a figure needs exactly one of \"count\" and \"share\"", "give the number as count: { qualifier, low/best/high }, or the percentage as share: { percent, of }"],
  ],
  'figure-measure-unknown': [
    ["error", 16, "figures[0].measure", "this value is not one of the allowed ones", "did you mean \"killed\"?"],
  ],
  'figure-perpetrator-unknown': [
    ["error", 15, "figures[0].perpetrator", "unknown perpetrator \"jnm\"", "did you mean \"jnim\"?"],
  ],
  'figure-share-over-100-percent': [
    ["error", 17, "figures[0].share.percent", "a share cannot be more than 100%",null],
  ],
  'figures-not-a-list': [
    ["error", 13, "figures", "expected a list (lines starting with \"- \"), found an object with \"id\", \"period\"", "write a list with one \"- item\" per line, or [a, b] on one line"],
  ],
  'front-matter-is-list': [
    ["error", 2, "(front matter)", "the front matter must be a set of `field: value` lines",null],
  ],
  'id-mismatch': [
    ["error", 2, "id", "the id must match the file name", "rename the file to id-mismatched.md, or set id: id-mismatch"],
  ],
  'id-not-kebab': [
    ["error", 2, "id", "expected an id in lower-case-kebab-case (letters a-z, digits, single hyphens)", "write it as \"id-not-kebab\""],
  ],
  'impossible-date': [
    ["error", 5, "added", "expected a real calendar date written YYYY-MM-DD", "write the year, month and day with hyphens, e.g. 2024-06-01; check the day exists in that month"],
  ],
  'incident-after-publication': [
    ["warning", 21, "incidents[0].date", "the incident is dated after its source was published", "check the incident date and the source's published date"],
  ],
  'incident-conflict-b': [
    ["warning", 21, "incidents[0].date", "incident \"gossi-2024-03-10\" has a different date in articles/incident-conflict-a.md", "check both sources: if they describe different events, give this one its own id"],
    ["warning", 22, "incidents[0].place", "incident \"gossi-2024-03-10\" has a different place in articles/incident-conflict-a.md", "check both sources: if they describe different events, give this one its own id"],
  ],
  'incident-date-range-bad-key': [
    ["error", 21, "incidents[0].date.end", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
    ["error", 21, "incidents[0].date.until", "unknown field \"until\"", "remove it, or check CONTRIBUTING.md for the fields this part takes"],
  ],
  'incident-no-claims': [
    ["error", 25, "incidents[0].claims", "an incident needs at least one claim: what the source reports",null],
  ],
  'incident-outside-covered-period': [
    ["warning", 22, "incidents[0].date", "the incident is dated outside the period its source covers", "check the incident date and source.covers; a report may mention an older incident, in which case leave it"],
  ],
  'incident-perpetrator-unknown': [
    ["error", 23, "incidents[0].perpetrators[0]", "unknown actor \"jnin\"", "did you mean \"jnim\"?"],
  ],
  'incident-place-unknown': [
    ["error", 22, "incidents[0].place", "unknown place \"hombory\"", "did you mean \"hombori\"?"],
  ],
  'incident-twice-in-article': [
    ["error", 32, "incidents[1].id", "the incident id \"incident-twice-in-article-incident\" is used twice in this article", "merge the two into one incident with several claims, or give the second its own id"],
  ],
  'missing-id': [
    ["error", 2, "id", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
  ],
  'missing-source': [
    ["error", 2, "source", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
  ],
  'missing-title': [
    ["error", 2, "title", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
  ],
  'misspelled-field': [
    ["error", 2, "summary", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
    ["error", 4, "sumary", "unknown field \"sumary\"", "did you mean \"summary\"?"],
  ],
  'misspelled-source-field': [
    ["error", 7, "source.publisher", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
    ["error", 8, "source.publsher", "unknown field \"publsher\"", "did you mean \"publisher\" or \"published\"?"],
  ],
  'no-front-matter': [
    ["error", 1, "(front matter)", "the file does not start with front matter", "copy the layout of an existing article, or run `npm run new` to get a template"],
  ],
  'null-title': [
    ["error", 3, "title", "this field is empty", "give it a value, or delete the line if the field is optional"],
  ],
  'part-measure-mismatch': [
    ["error", 21, "figures[1].measure", "a part must count the same thing as its total \"part-measure-mismatch-total\"", "measures are never mixed: victims, killed and violations are different totals"],
  ],
  'parts-over-total': [
    ["warning", 13, "figures[0]", "the parts of \"parts-over-total-total\" add up to more than the total", "check each number against the source: a part may be counted in two categories"],
  ],
  'period-bad-quarter': [
    ["error", 14, "figures[0].period.quarter", "expected a quarter written YYYY-Qn, e.g. 2021-Q2", "the year, a hyphen, Q and the quarter 1 to 4: 2021-Q2"],
  ],
  'period-misspelled-key': [
    ["error", 14, "figures[0].period.quarter", "this field is required", "add the field; see CONTRIBUTING.md for an example"],
    ["error", 14, "figures[0].period.quater", "unknown field \"quater\"", "did you mean \"quarter\"?"],
  ],
  'perpetrators-not-list': [
    ["error", 23, "incidents[0].perpetrators", "expected a list (lines starting with \"- \"), found \"jnim\"", "write a list with one \"- item\" per line, or [a, b] on one line"],
  ],
  'published-month-13': [
    ["error", 9, "source.published", "expected a real date written YYYY-MM-DD, YYYY-MM or YYYY", "write only as much as the source says: 2024-06-01, 2024-06 or 2024"],
  ],
  'quarter-disagreement-b': [
    ["warning", 17, "figures[0].count", "this figure cannot agree with quarter-disagreement-a-total (quarter-disagreement-a) on 2023-Q4 (killed, all)", "check both against their sources; if both stand (a revised count, a different definition), keep both and add acknowledged: [{ with: quarter-disagreement-a-total, reason: \"…\" }] to this figure; the site shows both numbers"],
  ],
  'same-victims-unknown': [
    ["error", 25, "incidents[0].same_victims_as", "unknown incident \"hombori-2024-03-1\"", "add that incident first, or remove same_victims_as"],
  ],
  'share-of-unknown-figure': [
    ["error", 22, "figures[1].share.of", "unknown figure \"share-of-unknown-figure-totl\"", "did you mean \"share-of-unknown-figure-total\" or \"share-of-unknown-figure-jnim\" or \"body-unknown-figure-total\"?"],
  ],
  'shares-over-100': [
    ["warning", 13, "figures[0]", "the parts of \"shares-over-100-total\" add up to more than the total", "check each number against the source: a part may be counted in two categories"],
    ["warning", 13, "figures[0]", "the shares of \"shares-over-100-total\" add up to more than 100%", "check each percentage against the source; shares that overlap (a group and its category) should not both be listed"],
  ],
  'source-kind-unknown': [
    ["error", 10, "source.kind", "this value is not one of the allowed ones", "did you mean \"media\"?"],
  ],
  'source-language-invalid': [
    ["error", 11, "source.language", "expected a language tag such as en or fr", "en for English, fr for French, bm for Bambara"],
  ],
  'source-url-javascript': [
    ["error", 10, "source.url", "expected a web address starting with https:// or http://",null],
  ],
  'title-is-number': [
    ["error", 3, "title", "expected text", "put it in double quotes: \"42\""],
  ],
  'unclosed-front-matter': [
    ["error", 1, "(front matter)", "the front matter is never closed", "add a line with --- between the fields and the article text"],
  ],
  'whitespace-only': [
    ["error", 1, "(front matter)", "the file does not start with front matter", "copy the layout of an existing article, or run `npm run new` to get a template"],
  ],
  'yaml-bad-indent': [
    ["error", 7, "(front matter)", "the front matter is not valid YAML: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)", "a value that contains a colon must be quoted (title: \"Mali: a report\"); and a field must be indented exactly like the fields beside it"],
  ],
  'yaml-duplicate-key': [
    ["error", 4, "(front matter)", "the front matter is not valid YAML: Map keys must be unique (DUPLICATE_KEY)", "each field may appear once: merge the two or delete one"],
  ],
  'yaml-tab-indent': [
    ["error", 8, "(front matter)", "the front matter is not valid YAML: Tabs are not allowed as indentation (TAB_AS_INDENT)", "replace the tab characters at the start of the line with spaces"],
    ["error", 9, "(front matter)", "the front matter is not valid YAML: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)", "a value that contains a colon must be quoted (title: \"Mali: a report\"); and a field must be indented exactly like the fields beside it"],
    ["error", 10, "(front matter)", "the front matter is not valid YAML: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)", "a value that contains a colon must be quoted (title: \"Mali: a report\"); and a field must be indented exactly like the fields beside it"],
  ],
  'yaml-unclosed-quote': [
    ["error", 3, "(front matter)", "the front matter is not valid YAML: Missing closing \"quote (MISSING_CHAR)", "close every quote and bracket you open: \"…\", […], {…}"],
  ],
  'yaml-unquoted-colon': [
    ["error", 3, "(front matter)", "the front matter is not valid YAML: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY)", "a value that contains a colon must be quoted (title: \"Mali: a report\"); and a field must be indented exactly like the fields beside it"],
  ],
  'duplicate-figure-a': [],
  'event-duplicate-a': [],
  'incident-conflict-a': [],
  'quarter-disagreement-a': [],
  'not-utf8': [
    ["error", 14, "(file)", "the file is not UTF-8 text", "in your editor choose \"Save with encoding: UTF-8\", then check accented letters such as é"],
  ],
  'huge': [
    ["error", null, "(file)", "the file is too large to be an article", "summarise the report in your own words; do not paste the report itself"],
  ],
};

const fixture = path.resolve(import.meta.dirname, '../fixtures/bad/content');
let dir = '';
let problems: Problem[] = [];
let data: unknown;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bad-corpus-'));
  await cp(fixture, dir, { recursive: true });
  const valid = (id: string, body: string) => `---\nid: ${id}\ntitle: Case ${id}\nsummary: One.\nadded: 2024-06-01\nsource:\n  title: R\n  publisher: Wire\n  published: 2024-05\n  kind: media\n  language: fr\n---\n${body}\n`;
  // "Tombouctou, région" saved as Latin-1: é is the single byte 0xE9, which is not UTF-8.
  await writeFile(path.join(dir, 'articles/not-utf8.md'), Buffer.concat([Buffer.from(valid('not-utf8', 'Tombouctou, r')), Buffer.from([0xe9]), Buffer.from('gion\n')]));
  await writeFile(path.join(dir, 'articles/huge.md'), valid('huge', 'A pasted report. '.repeat(18_000)));
  ({ problems, data } = await buildSiteData(dir, dir));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const caseOf = (p: Problem) => path.basename(p.file, '.md');
const pinned = (p: Problem): Pinned => [p.severity, p.line, p.field, p.message, p.hint];

describe('the bad-article corpus, in one validator run', () => {
  it('holds at least 40 distinct cases, each pinned here', async () => {
    const files = (await readdir(path.join(dir, 'articles'))).map((f) => path.basename(f, '.md')).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it('fails the build and reports problems only in the corpus files', () => {
    expect(data).toBeNull();
    for (const p of problems) expect(p.file).toMatch(/^articles\/[a-z0-9-]+\.md$/);
  });

  it.each(Object.keys(EXPECTED))('%s', (name) => {
    const found = problems.filter((p) => caseOf(p) === name);
    expect(found.map(pinned)).toEqual(EXPECTED[name]);
    if (REFERENCE_HALVES[name]) return;
    // Nothing dropped: every case but a pair's first half says something, with a location.
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.expected ?? p.found ?? p.hint).not.toBeNull();
      expect(formatProblem(p)).toContain(`articles/${name}.md${p.line === null ? '' : `:${p.line}:`}`);
    }
  });

  it('names the first article of a pair in the problem on the second', () => {
    for (const [a, b] of Object.entries(REFERENCE_HALVES)) {
      const text = problems.filter((p) => caseOf(p) === b).map((p) => `${p.message} ${p.expected} ${p.found}`).join('\n');
      expect(text).toContain(a);
    }
  });

  it('keeps raw HTML, script and javascript: links as warnings (the renderer makes them harmless)', () => {
    const body = problems.filter((p) => p.field === '(article text)' && /raw HTML|unsafe/.test(p.message));
    expect(body.map(caseOf).sort()).toEqual(['body-javascript-link', 'body-raw-html', 'body-script']);
    expect(new Set(body.map((p) => p.severity))).toEqual(new Set(['warning']));
  });
});
