import { execFile } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';
import { formatProblem, type Problem } from '../../src/pipeline/problem.ts';
import { writeGeneratedCases } from '../helpers/bad-io-extra.ts';
import { ROOT } from '../helpers/dist.ts';

/**
 * The second bad-input corpus (test/fixtures/bad-io/content/, plus the cases
 * test/helpers/bad-io-extra.ts writes: links, a pipe, bad bytes, control characters). Each entry
 * is one case, keyed by its path in the content folder: dates outside the conflict's era or after
 * the build day, spans out of order, numbers no source states (NaN, infinities, -0, inexact
 * integers), a front matter that ends too early or badly, control characters, and files the site
 * would otherwise never read. Every case must fail with exactly the problems pinned here, in ONE
 * run over the whole corpus. The build day is pinned (SOURCE_DATE_EPOCH): no test reads the clock.
 */
type Pinned = [severity: Problem['severity'], line: number | null, field: string, message: string, hint: string | null];

const TODAY_EPOCH = '1751241600'; // 2025-06-30T00:00:00Z

/** Cases that are not files with lines (links, a pipe, a folder, empty files): no line to give. */
const NO_LINE = new Set(['actors/empty-actor.md', 'actors/link-actor.md', 'articles/empty-folder', 'articles/link-dir', 'articles/link-inside.md', 'articles/link-outside.md', 'articles/named-pipe.md', 'places/empty-place.md']);

const EXPECTED: Record<string, Pinned[]> = {
  "README.md": [
    ["error", 1, "(file)", "a file outside the content folders, which the site does not read", "move it into the folder it belongs to, or out of content/"],
  ],
  "actors/empty-actor.md": [
    ["error", null, "(file)", "the file is empty", "fill it in from a template (`npm run new`), or delete it"],
  ],
  "actors/ext-actor.yaml": [
    ["error", 1, "(file)", "a \".yaml\" file, which the site does not read", "if it is an article, save it as Markdown with a .md name; otherwise move it out of content/"],
  ],
  "actors/link-actor.md": [
    ["error", null, "(file)", "the file is a symbolic link, which the site does not follow", "replace the link with a copy of the file itself"],
  ],
  "actors/sub/nested-actor.md": [
    ["error", 1, "(file)", "the file is in a subfolder, which the site does not read", "move the file up into content/actors/, directly"],
  ],
  "article/folder-typo.md": [
    ["error", 1, "(file)", "the file is a folder the site does not read (it reads articles/, actors/, places/)", "move the file into content/articles/, content/actors/, content/places/ as fits, or out of content/"],
  ],
  "articles/.hidden-draft.md": [
    ["error", 1, "(file)", "a hidden file, which the site does not read", "delete it (editors and operating systems leave such files; they do not belong in content/)"],
  ],
  "articles/2024/in-subfolder.md": [
    ["error", 1, "(file)", "the file is in a subfolder, which the site does not read", "move the file up into content/articles/, directly"],
  ],
  "articles/a/b/deep-subfolder.md": [
    ["error", 1, "(file)", "the file is in a subfolder, which the site does not read", "move the file up into content/articles/, directly"],
  ],
  "articles/bytes-cp1252.md": [
    ["error", 3, "(file)", "the file is not UTF-8 text", "in your editor choose \"Save with encoding: UTF-8\", then check accented letters such as é"],
  ],
  "articles/bytes-latin1-body.md": [
    ["error", 13, "(file)", "the file is not UTF-8 text", "in your editor choose \"Save with encoding: UTF-8\", then check accented letters such as é"],
  ],
  "articles/bytes-truncated.md": [
    ["error", 13, "(file)", "the file is not UTF-8 text", "in your editor choose \"Save with encoding: UTF-8\", then check accented letters such as é"],
  ],
  "articles/bytes-utf16.md": [
    ["error", 1, "(file)", "the file is not UTF-8 text", "in your editor choose \"Save with encoding: UTF-8\", then check accented letters such as é"],
  ],
  "articles/control-by-c1.md": [
    ["error", 27, "incidents[0].claims[0].by", "the text contains an invisible control character", "remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text"],
  ],
  "articles/control-perpetrator-escape.md": [
    ["error", 23, "incidents[0].perpetrators[0]", "the text contains an invisible control character", "remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text"],
  ],
  "articles/control-publisher-nul.md": [
    ["error", 8, "source.publisher", "the text contains an invisible control character", "remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text"],
  ],
  "articles/control-statement-bell.md": [
    ["error", 31, "incidents[0].claims[0].statement", "the text contains an invisible control character", "remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text"],
  ],
  "articles/control-title-cr.md": [
    ["error", 3, "title", "the text contains an invisible control character", "remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text"],
  ],
  "articles/control-title-escape.md": [
    ["error", 3, "title", "the text contains an invisible control character", "remove the escape (\\e, \\r, \\x1b, \\u001b…) from the quoted text"],
  ],
  "articles/empty-folder": [
    ["error", null, "(file)", "an empty folder: in a subfolder, which the site does not read", "delete the folder"],
  ],
  "articles/era-accessed.md": [
    ["error", 13, "source.accessed", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-added-2011.md": [
    ["error", 5, "added", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
    ["error", 9, "source.published", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-added-year-zero.md": [
    ["error", 5, "added", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-claim-date.md": [
    ["error", 28, "incidents[0].claims[0].date", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-covers-start.md": [
    ["error", 12, "source.covers.start", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-denial-date.md": [
    ["error", 34, "denials[0].date", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-event-independence.md": [
    ["error", 34, "events[0].date", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-event-span.md": [
    ["error", 34, "events[0].date.start", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-figure-claim-date.md": [
    ["error", 36, "claims[0].date", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-incident-span-both.md": [
    ["error", 21, "incidents[0].date.start", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
    ["error", 21, "incidents[0].date.end", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-incident-span-start.md": [
    ["error", 21, "incidents[0].date.start", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-incident-typo.md": [
    ["error", 21, "incidents[0].date", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-incident-year-zero.md": [
    ["error", 21, "incidents[0].date", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-period-quarter-2000.md": [
    ["error", 14, "figures[0].period.quarter", "the quarter is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-period-quarter.md": [
    ["error", 14, "figures[0].period.quarter", "the quarter is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-period-start.md": [
    ["error", 14, "figures[0].period.start", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-published-month.md": [
    ["error", 9, "source.published", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-published-year-zero.md": [
    ["error", 9, "source.published", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-published-year.md": [
    ["error", 9, "source.published", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/era-updated-1999.md": [
    ["error", 6, "updated", "the date is before the conflict began (2012-01-01)", "dates start at 2012-01-01, when the conflict began: check the year against the source"],
  ],
  "articles/ext-backup.md.bak": [
    ["error", 1, "(file)", "a \".bak\" file, which the site does not read", "if it is an article, save it as Markdown with a .md name; otherwise move it out of content/"],
  ],
  "articles/ext-markdown.markdown": [
    ["error", 1, "(file)", "the file name ends in \".markdown\", so the site does not read it", "rename it to ext-markdown.md"],
  ],
  "articles/ext-mixed.Md": [
    ["error", 1, "(file)", "the file name ends in \".Md\", so the site does not read it", "rename it to ext-mixed.md"],
  ],
  "articles/ext-none": [
    ["error", 1, "(file)", "a file without the .md extension, which the site does not read", "if it is an article, rename it to ext-none.md; otherwise move it out of content/"],
  ],
  "articles/ext-txt.txt": [
    ["error", 1, "(file)", "the file name ends in \".txt\", so the site does not read it", "rename it to ext-txt.md"],
  ],
  "articles/ext-upper.MD": [
    ["error", 1, "(file)", "the file name ends in \".MD\", so the site does not read it", "rename it to ext-upper.md"],
  ],
  "articles/fm-closing-four-dashes.md": [
    ["error", 32, "(front matter)", "the line that ends the front matter must be exactly three dashes", "write exactly three dashes: ---"],
  ],
  "articles/fm-closing-with-dashes-text.md": [
    ["error", 32, "(front matter)", "the line that ends the front matter must be exactly three dashes", "put the --- on a line of its own, and what follows it on the next line"],
  ],
  "articles/fm-closing-with-text.md": [
    ["error", 32, "(front matter)", "the line that ends the front matter must be exactly three dashes", "put the --- on a line of its own, and what follows it on the next line"],
  ],
  "articles/fm-key-in-body.md": [
    ["error", 35, "summary", "a front-matter field (\"summary:\") after the --- on line 32 that ends the front matter", "if the --- on line 32 is a stray, delete it so the fields below it are read; if line 35 is article text, reword its start"],
  ],
  "articles/fm-key-later-in-body.md": [
    ["error", 37, "events", "a front-matter field (\"events:\") after the --- on line 32 that ends the front matter", "if the --- on line 32 is a stray, delete it so the fields below it are read; if line 37 is article text, reword its start"],
  ],
  "articles/fm-second-block-in-body.md": [
    ["error", 33, "id", "a front-matter field (\"id:\") after the --- on line 32 that ends the front matter", "if the --- on line 32 is a stray, delete it so the fields below it are read; if line 33 is article text, reword its start"],
  ],
  "articles/fm-stray-before-claims.md": [
    ["error", 33, "claims", "a front-matter field (\"claims:\") after the --- on line 32 that ends the front matter", "if the --- on line 32 is a stray, delete it so the fields below it are read; if line 33 is article text, reword its start"],
  ],
  "articles/fm-stray-before-events.md": [
    ["error", 33, "events", "a front-matter field (\"events:\") after the --- on line 32 that ends the front matter", "if the --- on line 32 is a stray, delete it so the fields below it are read; if line 33 is article text, reword its start"],
  ],
  "articles/fm-stray-before-figures.md": [
    ["error", 13, "figures", "a front-matter field (\"figures:\") after the --- on line 12 that ends the front matter", "if the --- on line 12 is a stray, delete it so the fields below it are read; if line 13 is article text, reword its start"],
  ],
  "articles/fm-stray-before-incidents.md": [
    ["error", 19, "incidents", "a front-matter field (\"incidents:\") after the --- on line 18 that ends the front matter", "if the --- on line 18 is a stray, delete it so the fields below it are read; if line 19 is article text, reword its start"],
  ],
  "articles/fm-stray-between-items.md": [
    ["error", 37, "(front matter)", "a front-matter field (\"id:\") after the --- on line 36 that ends the front matter", "if the --- on line 36 is a stray, delete it so the fields below it are read; if line 37 is article text, reword its start"],
  ],
  "articles/fm-stray-in-source.md": [
    ["error", 9, "(front matter)", "a front-matter field (\"publisher:\") after the --- on line 8 that ends the front matter", "if the --- on line 8 is a stray, delete it so the fields below it are read; if line 9 is article text, reword its start"],
  ],
  "articles/fm-stray-inside-incident.md": [
    ["error", 26, "(front matter)", "a front-matter field (\"claims:\") after the --- on line 25 that ends the front matter", "if the --- on line 25 is a stray, delete it so the fields below it are read; if line 26 is article text, reword its start"],
  ],
  "articles/fm-updated-in-body.md": [
    ["error", 33, "updated", "a front-matter field (\"updated:\") after the --- on line 32 that ends the front matter", "if the --- on line 32 is a stray, delete it so the fields below it are read; if line 33 is article text, reword its start"],
  ],
  "articles/future-accessed.md": [
    ["error", 13, "source.accessed", "the date is after today (2025-06-30)", "accessed is the day you read the page at source.url: check the year and month"],
  ],
  "articles/future-added-2099.md": [
    ["error", 5, "added", "the date is after today (2025-06-30)", "added is the day the article was first put on this site: check the year and month"],
  ],
  "articles/future-added-and-updated.md": [
    ["error", 6, "updated", "the date is after today (2025-06-30)", "updated is the day the article was last changed: check the year and month"],
  ],
  "articles/future-added-next-day.md": [
    ["error", 5, "added", "the date is after today (2025-06-30)", "added is the day the article was first put on this site: check the year and month"],
  ],
  "articles/future-claim-date.md": [
    ["error", 28, "incidents[0].claims[0].date", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-covers-end.md": [
    ["error", 12, "source.covers.end", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-denial-date.md": [
    ["error", 34, "denials[0].date", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-event-span-end.md": [
    ["error", 34, "events[0].date.end", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-event.md": [
    ["error", 34, "events[0].date", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-figure-claim-date.md": [
    ["error", 36, "claims[0].date", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-incident-claim-next-month.md": [
    ["error", 28, "incidents[0].claims[0].date", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-incident-span-end.md": [
    ["error", 21, "incidents[0].date.end", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-incident.md": [
    ["error", 21, "incidents[0].date", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
    ["warning", 21, "incidents[0].date", "the incident is dated after its source was published", "check the incident date and the source's published date"],
  ],
  "articles/future-period-end.md": [
    ["error", 14, "figures[0].period.end", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-period-quarter.md": [
    ["error", 14, "figures[0].period.quarter", "the quarter is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
  ],
  "articles/future-period-start-publication.md": [
    ["error", 14, "figures[0].period.start", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
    ["error", 14, "figures[0].period.start", "the period starts (2099-01) after the source was published (2024-05-20), which is its end", "check the start against the source, and source.published"],
  ],
  "articles/future-published-2099.md": [
    ["error", 9, "source.published", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
    ["error", 9, "source.published", "the source is published (2099-01) after the article summarising it was added (2025-06-30)", "an article can only summarise a report already published: check both dates"],
  ],
  "articles/future-published-next-month.md": [
    ["error", 9, "source.published", "the date is after today (2025-06-30)", "a source cannot report what has not happened yet: check the year and month against the source"],
    ["error", 9, "source.published", "the source is published (2025-07) after the article summarising it was added (2025-06-30)", "an article can only summarise a report already published: check both dates"],
  ],
  "articles/future-updated-2099.md": [
    ["error", 6, "updated", "the date is after today (2025-06-30)", "updated is the day the article was last changed: check the year and month"],
  ],
  "articles/future-updated-next-day.md": [
    ["error", 6, "updated", "the date is after today (2025-06-30)", "updated is the day the article was last changed: check the year and month"],
  ],
  "articles/link-dir": [
    ["error", null, "(file)", "the file is a symbolic link, which the site does not follow", "replace the link with a copy of the file itself"],
  ],
  "articles/link-inside.md": [
    ["error", null, "(file)", "the file is a symbolic link, which the site does not follow", "replace the link with a copy of the file itself"],
  ],
  "articles/link-outside.md": [
    ["error", null, "(file)", "the file is a symbolic link, which the site does not follow", "replace the link with a copy of the file itself"],
  ],
  "articles/named-pipe.md": [
    ["error", null, "(file)", "not a regular file", "remove it from content/"],
  ],
  "articles/number-inf-change.md": [
    ["error", 18, "figures[0].change_from_previous_quarter.percent", "an infinite number", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-inf-figure.md": [
    ["error", 17, "figures[0].count.low", "an infinite number", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-inf-high.md": [
    ["error", 30, "incidents[0].claims[0].counts.killed.high", "an infinite number", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-minus-inf-figure.md": [
    ["error", 17, "figures[0].count.low", "an infinite number", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-minus-zero-figure.md": [
    ["error", 17, "figures[0].count.low", "a negative zero (-0)", "write 0"],
  ],
  "articles/number-minus-zero-float.md": [
    ["error", 17, "figures[0].count.low", "a negative zero (-0)", "write 0"],
  ],
  "articles/number-minus-zero-incident.md": [
    ["error", 30, "incidents[0].claims[0].counts.killed.best", "a negative zero (-0)", "write 0"],
  ],
  "articles/number-minus-zero-share.md": [
    ["error", 17, "figures[0].share.percent", "a negative zero (-0)", "write 0"],
  ],
  "articles/number-nan-change.md": [
    ["error", 18, "figures[0].change_from_previous_quarter.percent", "not a number (.nan)", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-nan-incident.md": [
    ["error", 30, "incidents[0].claims[0].counts.killed.best", "not a number (.nan)", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-nan-share.md": [
    ["error", 17, "figures[0].share.percent", "not a number (.nan)", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "articles/number-too-large-high.md": [
    ["error", 17, "figures[0].count.high", "the number is too large to be read exactly", "check the number against the source: no count is this large"],
  ],
  "articles/number-too-large.md": [
    ["error", 30, "incidents[0].claims[0].counts.killed.best", "the number is too large to be read exactly", "check the number against the source: no count is this large"],
  ],
  "articles/order-covers-days.md": [
    ["error", 12, "source.covers", "the span starts (2024-03-31) after it ends (2024-03-01)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
    ["warning", 22, "incidents[0].date", "the incident is dated outside the period its source covers", "check the incident date and source.covers; a report may mention an older incident, in which case leave it"],
  ],
  "articles/order-covers.md": [
    ["error", 12, "source.covers", "the span starts (2024-05) after it ends (2024-01)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
    ["warning", 22, "incidents[0].date", "the incident is dated outside the period its source covers", "check the incident date and source.covers; a report may mention an older incident, in which case leave it"],
  ],
  "articles/order-event.md": [
    ["error", 34, "events[0].date", "the span starts (2024-02) after it ends (2024-01)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-incident-days.md": [
    ["error", 21, "incidents[0].date", "the span starts (2024-03-10) after it ends (2024-03-01)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-incident-months.md": [
    ["error", 21, "incidents[0].date", "the span starts (2024-04) after it ends (2024-03-31)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-incident-span-block.md": [
    ["error", 22, "incidents[0].date", "the span starts (2024-03-12) after it ends (2024-03-11)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-incident-years.md": [
    ["error", 21, "incidents[0].date", "the span starts (2024) after it ends (2023-12)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-period-months.md": [
    ["error", 14, "figures[0].period", "the span starts (2024-03) after it ends (2024-02-29)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-period-publication.md": [
    ["error", 14, "figures[0].period.start", "the period starts (2024-06) after the source was published (2024-05-20), which is its end", "check the start against the source, and source.published"],
  ],
  "articles/order-period.md": [
    ["error", 14, "figures[0].period", "the span starts (2024-02-15) after it ends (2024-01-01)", "swap start and end if they are the wrong way round; otherwise check both against the source"],
  ],
  "articles/order-published-after-added.md": [
    ["error", 9, "source.published", "the source is published (2024-07) after the article summarising it was added (2024-06-01)", "an article can only summarise a report already published: check both dates"],
  ],
  "articles/order-updated-before-added.md": [
    ["error", 6, "updated", "the article is updated (2024-05-01) before it was added (2024-06-01)", "check both dates; if the article has not changed since it was added, remove updated"],
  ],
  "articles/raw-bell-body.md": [
    ["error", 13, "(file)", "the file contains an invisible control character", "delete the character (it is invisible in most editors: retype the text around it)"],
  ],
  "articles/raw-c1-body.md": [
    ["error", 13, "(file)", "the file contains an invisible control character", "delete the character (it is invisible in most editors: retype the text around it)"],
  ],
  "articles/raw-cr-forged-annotation.md": [
    ["error", 3, "(file)", "the file contains an invisible control character", "save the file with Unix (LF) or Windows (CRLF) line ends, not old Mac (CR) ones"],
  ],
  "articles/raw-escape-title.md": [
    ["error", 3, "(file)", "the file contains an invisible control character", "delete the character (it is invisible in most editors: retype the text around it)"],
  ],
  "articles/raw-form-feed.md": [
    ["error", 14, "(file)", "the file contains an invisible control character", "delete the character (it is invisible in most editors: retype the text around it)"],
  ],
  "articles/raw-lone-cr.md": [
    ["error", 4, "(file)", "the file contains an invisible control character", "save the file with Unix (LF) or Windows (CRLF) line ends, not old Mac (CR) ones"],
  ],
  "articles/raw-nul.md": [
    ["error", 13, "(file)", "the file contains binary data", "this is not a text file; check you saved the right file"],
  ],
  "articles/raw-vertical-tab.md": [
    ["error", 8, "(file)", "the file contains an invisible control character", "delete the character (it is invisible in most editors: retype the text around it)"],
  ],
  "places/empty-place.md": [
    ["error", null, "(file)", "the file is empty", "fill it in from a template (`npm run new`), or delete it"],
  ],
  "places/ext-place.MD": [
    ["error", 1, "(file)", "the file name ends in \".MD\", so the site does not read it", "rename it to ext-place.md"],
  ],
  "places/place-lat-inf.md": [
    ["error", 8, "coordinates.lat", "an infinite number", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "places/place-lat-nan.md": [
    ["error", 8, "coordinates.lat", "not a number (.nan)", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "places/place-lon-minus-inf.md": [
    ["error", 8, "coordinates.lon", "an infinite number", "write the number the source gives, in digits; if it gives none, leave the field out"],
  ],
  "places/place-lon-minus-zero.md": [
    ["error", 8, "coordinates.lon", "a negative zero (-0)", "write 0"],
  ],
};

const fixture = path.resolve(import.meta.dirname, '../fixtures/bad-io/content');
/** Files of the fixture that are valid on purpose (what the cases refer to). */
const SUPPORT = new Set(['actors/fama.md', 'actors/jnim.md', 'places/gossi.md', 'places/hombori.md']);
let dir = '';
let problems: Problem[] = [];
let data: unknown;
let cases: string[] = [];
const before = process.env.SOURCE_DATE_EPOCH;

/** Every entry of the corpus that is a case: files, links, pipes, and empty folders. */
function listCases(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const rel = path.relative(root, p);
      const st = lstatSync(p);
      if (st.isDirectory() && readdirSync(p).length > 0) walk(p);
      else if (!SUPPORT.has(rel)) out.push(rel);
    }
  };
  walk(root);
  return out.sort();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bad-io-corpus-'));
  cpSync(fixture, dir, { recursive: true });
  writeGeneratedCases(dir);
  cases = listCases(dir);
  process.env.SOURCE_DATE_EPOCH = TODAY_EPOCH;
  ({ problems, data } = await buildSiteData(dir, dir));
}, 120_000);
afterAll(() => {
  if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = before;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pinned = (p: Problem): Pinned => [p.severity, p.line, p.field, p.message, p.hint];

describe('the I/O and domain bad-input corpus, in one validator run', () => {
  it('holds at least 100 cases, each pinned here', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    // A named pipe cannot be made everywhere; every other case is always there.
    expect(cases).toEqual(Object.keys(EXPECTED).filter((c) => c !== 'articles/named-pipe.md' || cases.includes(c)).sort());
  });

  it('fails, and reports problems only for the cases', () => {
    expect(data).toBeNull();
    for (const p of problems) expect(cases).toContain(p.file);
  });

  it.each(Object.keys(EXPECTED))('%s', (name) => {
    if (!cases.includes(name)) return;
    const found = problems.filter((p) => p.file === name);
    expect(found.map(pinned)).toEqual(EXPECTED[name]);
    // Nothing ignored: an error, with its field, expected, found and hint, placed on its line.
    expect(found.some((p) => p.severity === 'error')).toBe(true);
    for (const p of found) {
      expect(p.field).not.toBe('');
      expect(p.expected).not.toBeNull();
      expect(p.found).not.toBeNull();
      expect(p.hint).not.toBeNull();
      if (!NO_LINE.has(name)) expect(p.line, `${name}: ${p.message}`).not.toBeNull();
      expect(formatProblem(p).split('\n')[0]).toContain(p.line === null ? name : `${name}:${p.line}:`);
    }
  });

  it('gives file, line, field and hint for at least 100 cases', () => {
    const complete = cases.filter((c) => problems.some((p) => p.file === c && p.severity === 'error' && p.line !== null && p.field && p.hint));
    expect(complete.length).toBeGreaterThanOrEqual(100);
    console.log(`bad-io corpus: ${cases.length} cases, all exit 1; ${complete.length} with file+line+field+hint, ${cases.length - complete.length} whole-file cases (links, pipe, folder, empty files) with file+field+hint`);
  });
});

describe('the validator on the corpus, as a process', () => {
  it('exits 1, names every case, ends with its summary, and prints no stack trace', async () => {
    const run = promisify(execFile);
    const r = await run(process.execPath, [path.join(ROOT, 'scripts/validate.ts'), '--root', dir, '--content', dir], { env: { ...process.env, SOURCE_DATE_EPOCH: TODAY_EPOCH }, maxBuffer: 16 << 20 }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    for (const c of cases) expect(r.stdout).toContain(c);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^Content has errors: \d+ errors, \d+ warnings \(checked in \d+ ms\)\.$/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
