import { toId } from './zod-problems.ts';

/**
 * The file `npm run new` writes: every front-matter field laid out with a comment, required
 * fields the editor must fill left empty (so `npm run validate` points at each until it is
 * filled), and optional blocks as commented-out examples (remove the leading # to use one).
 */
export type TemplateInput = { id: string; title: string; publisher: string; published: string; added: string };

/** publisher + date + the title's first words, in lower-case-kebab-case: `hrw-2024-12-mali-army-killed`. */
export function articleSlug(publisher: string, published: string, title: string): string {
  const words = toId(title).split('-').filter((w) => w.length > 0).slice(0, 6).join('-');
  const slug = [toId(publisher).split('-').slice(0, 3).join('-'), published, words].filter(Boolean).join('-');
  return slug.slice(0, 72).replace(/-+$/, '');
}

/** The first of slug, slug-2, slug-3 … that is not taken. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) if (!taken(`${slug}-${n}`)) return `${slug}-${n}`;
}

const q = (s: string) => JSON.stringify(s);

export function articleTemplate(t: TemplateInput): string {
  const id = t.id;
  return `---
# yaml-language-server: $schema=../../public/schema/article.schema.json
# One article summarises ONE source report. Every field is explained in CONTRIBUTING.md.
# Fill in each empty field; delete the commented-out examples you do not need, or remove the
# leading # of their lines to use them. Then run: npm run validate
id: ${id}   # the file name without .md; never change it once published
title:   # our headline, e.g. Villagers killed in an attack near Hombori
summary:   # one sentence: what the report documents
added: ${t.added}   # the day this article is added
#updated: ${t.added}   # the day it was last changed, if ever
source:
  title: ${q(t.title)}
  publisher: ${q(t.publisher)}
  #author_org: MINUSMA   # who issued the findings, when not the publisher
  #url: https://example.org/report   # where the text can be read
  published: ${t.published}   # as precise as the text: YYYY-MM-DD, YYYY-MM or YYYY
  #published_approximate: true   # only if even that precision is an inference…
  #published_note: Dated from the wire story that quotes it.   # …and how it was worked out
  #covers: { start: 2024-07, end: 2024-09 }   # the period the report covers, if it says
  kind:   # un, ngo, media, government or other
  language:   # the language of the text we read: en, fr, …

# FIGURES: totals the report gives for a period. Counts keep the source's bound:
# "317" → { qualifier: exact, best: 317 }        "at least 50" → { qualifier: at-least, low: 50 }
# "more than 500" → { qualifier: more-than, low: 500 }   "about 300" → { qualifier: about, best: 300 }
# "up to 40" → { qualifier: up-to, high: 40 }    "between 20 and 30" → { qualifier: between, low: 20, high: 30 }
#figures:
#  - id: ${id}-total   # unique across all articles
#    period: { quarter: 2024-Q3 }   # or { start: 2024-07-01, end: 2024-09-30 }, or end: publication
#    perpetrator: all   # all, a category id, or an actor id from content/actors/
#    measure: killed   # killed, injured, abducted, detained, victims, violations, homes-destroyed, incidents
#    count: { qualifier: at-least, low: 50 }
#  - id: ${id}-jnim
#    period: { quarter: 2024-Q3 }
#    perpetrator: jnim
#    measure: killed
#    share: { percent: 40, of: ${id}-total }   # "40% of them": a share of another figure
#    note: The report attributes 40% of the killings to JNIM.

# INCIDENTS: events in which civilians were harmed. If another article already records the
# incident, reuse its id exactly: the build merges the two and keeps both sources' claims.
#incidents:
#  - id: hombori-2024-08-12   # place-YYYY-MM-DD
#    title: Attack on Hombori market
#    date: 2024-08-12   # or 2024-08, or { start: 2024-08-10, end: 2024-08-12 }
#    #date_note: "late August"   # what the source says when it is vaguer than the date
#    place: hombori   # a place id from content/places/
#    perpetrators: [jnim]   # actor ids or aliases; unknown-perpetrator if the source names none
#    description: Armed men attacked the weekly market.
#    claims:   # what the source says: a report, and any counter-claims or denials it quotes
#      - kind: report
#        by: ${t.publisher}
#        counts_of: civilians   # civilians, people (unspecified) or combatants
#        counts:
#          killed: { qualifier: at-least, low: 12 }
#        statement: At least twelve civilians were killed.
#      - kind: denial
#        by: The Malian army
#        by_actor: fama
#        statement: The army denied any involvement.

# CLAIMS about figures rather than one incident (a government rejecting a report's totals).
#claims:
#  - kind: denial
#    by: The transitional government
#    about_figures: [${id}-total]
#    statement: The government rejected the figures.

# EVENTS: context for the timeline that the source states (a coup, a withdrawal).
#events:
#  - id: example-event-2024-08
#    date: 2024-08
#    title: A context event
---
Write the article here, in your own words and in Markdown: what the report is, what it documents,
and how sure it is. Quote numbers from the front matter with \`{{figure:ID}}\` so the text and
the data never disagree.
`;
}
