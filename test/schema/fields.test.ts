import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ActorInput } from '../../src/schema/actor.ts';
import { ArticleFrontMatter } from '../../src/schema/article.ts';
import { PlaceInput } from '../../src/schema/place.ts';

/**
 * Every field of every schema against bad values — missing, null, wrong type, empty, out of
 * range — asserting the exact message and the path it is reported at. A field's kind decides
 * which bad values apply and what each must say.
 */
const MISSING = Symbol('missing');
type Bad = typeof MISSING | unknown;

const TEXT = 'expected text';
const ID = 'expected an id in lower-case-kebab-case';
const ID_FORMAT = 'expected an id in lower-case-kebab-case (letters a-z, digits, single hyphens)';
const DAY = 'expected a date written YYYY-MM-DD';
const DAY_REAL = 'expected a real calendar date written YYYY-MM-DD';
const PARTIAL = 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY';
const PARTIAL_REAL = 'expected a real date written YYYY-MM-DD, YYYY-MM or YYYY';
const WHOLE = 'expected a whole number';
const DATE_INPUT = 'expected a date (YYYY-MM-DD, YYYY-MM or YYYY) or { start, end }';
const PERIOD = 'expected a period: { quarter: YYYY-Qn } or { start, end }';
const enumOf = (values: string[]) => `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}`;

type Kind = { bad: [Bad, string][] };
const kinds = {
  text: { bad: [[null, TEXT], [42, TEXT], ['', 'expected text, found an empty value'], ['   ', 'expected text, found an empty value'], [['a'], TEXT]] },
  id: { bad: [[null, ID], [7, ID], ['', ID_FORMAT], ['Hombori', ID_FORMAT], ['a--b', ID_FORMAT], ['a_b', ID_FORMAT]] },
  day: { bad: [[null, DAY], [true, DAY], ['', DAY_REAL], ['2022-02-30', DAY_REAL], ['2022-4-1', DAY_REAL], ['2022-04', DAY_REAL], [2022, DAY_REAL]] },
  partial: { bad: [[null, PARTIAL], [true, PARTIAL], ['', PARTIAL_REAL], ['2024-13', PARTIAL_REAL], ['2023-02-29', PARTIAL_REAL], ['24', PARTIAL_REAL], [{}, PARTIAL]] },
  whole: { bad: [[null, WHOLE], ['50', WHOLE], [1.5, 'expected a whole number, not a fraction'], [-1, 'expected zero or more, not a negative number']] },
  bool: { bad: [[null, 'Invalid input: expected boolean, received null'], ['yes', 'Invalid input: expected boolean, received string']] },
  // A string that is almost a date is reported as a date, not as "neither branch of the union".
  dateInput: { bad: [[null, DATE_INPUT], ['2022-13', PARTIAL_REAL], [[], DATE_INPUT]] },
  period: { bad: [[null, PERIOD], ['2021-Q2', PERIOD], [{}, PERIOD]] },
} satisfies Record<string, Kind>;
const enumKind = (values: string[]): Kind => ({ bad: [[null, enumOf(values)], ['', enumOf(values)], ['other-value', enumOf(values)], [3, enumOf(values)]] });
const listKind = (min: string | null): Kind => ({ bad: [[null, 'Invalid input: expected array, received null'], ['x', 'Invalid input: expected array, received string'], ...(min ? [[[], min] as [Bad, string]] : [])] });
const objectKind: Kind = { bad: [[null, 'Invalid input: expected object, received null'], ['x', 'Invalid input: expected object, received string'], [[], 'Invalid input: expected object, received array']] };

const article = () => ({
  id: 'note-a',
  title: 'A title',
  summary: 'A summary.',
  added: '2024-06-01',
  updated: '2024-06-02',
  source: { title: 'Report', publisher: 'Wire', author_org: 'UN', url: 'https://example.org/r', published: '2024-05', published_approximate: true, published_note: 'Inferred.', covers: { start: '2024-01', end: '2024-03' }, kind: 'un', language: 'en', report: 'un-note-2024-q1', report_title: 'The note', accessed: '2024-06-01' },
  figures: [{ id: 'f-total', period: { quarter: '2024-Q1' }, perpetrator: 'all', measure: 'killed', count: { qualifier: 'between', low: 10, best: 12, high: 20 }, part_of: 'x', where: ['gao'], change_from_previous_quarter: { percent: 20 }, note: 'A note.', actors: ['jnim'], report: 'un-note-2024-q1', definition: 'includes 5 detained', lead: 'The precise account.', excludes: ['gao-2024-03-01'], acknowledged: [{ with: 'other-figure', reason: 'A revised count.' }] }],
  incidents: [{ id: 'gao-2024-03-01', title: 'An attack', date: '2024-03-01', date_note: 'early March', place: 'gao', perpetrators: ['jnim'], description: 'What happened.', same_victims_as: 'other', perpetrator_stance: 'alleged', claims: [{ kind: 'report', id: 'un-killed', report: 'un-note-2024-q1', by: 'UN', by_actor: 'un', date: '2024-03', counts_of: 'civilians', counts: { killed: { qualifier: 'about', low: 1, best: 3, high: 5 } }, attributes: [{ actor: 'jnim', as_named: 'the jihadists', stance: 'suspected' }], about_claims: ['x'], lead: 'Reason.', statement: 'Three killed.' }] }],
  denials: [{ by: 'Ministry', by_actor: 'fama', date: '2024-05', report: 'un-note-2024-q1', against: ['state-forces'], statement: 'Denied all.' }],
  claims: [{ kind: 'denial', by: 'Government', about_figures: ['f-total'], statement: 'Denied.' }],
  events: [{ id: 'coup', date: '2021-05', title: 'Coup', description: 'A coup.' }],
});
const actor = () => ({ id: 'jnim', name: 'JNIM', aliases: ['GSIM'], category: 'extremist-armed-groups', description: 'A group.' });
const place = () => ({ id: 'gao', name: 'Gao', kind: 'locality', admin2: 'Gao', admin1: 'Gao', country: 'Mali', coordinates: { lat: 16.27, lon: -0.04, precision: 'locality' }, coordinates_source: 'not-recorded' });

/** required: true, false, or the message a missing field gives when another field requires it. */
type Field = [path: string, kind: Kind, required: boolean | string];
const CATEGORIES = ['extremist-armed-groups', 'community-militias', 'signatory-armed-groups', 'state-forces', 'international-forces', 'unidentified'];
const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'up-to', 'between'];

const tables: [string, z.ZodType, () => Record<string, unknown>, Field[]][] = [
  ['article', ArticleFrontMatter, article, [
    ['id', kinds.id, true], ['title', kinds.text, true], ['summary', kinds.text, true], ['added', kinds.day, true], ['updated', kinds.day, false],
    ['source', objectKind, true],
    ['source.title', kinds.text, true], ['source.publisher', kinds.text, true], ['source.author_org', kinds.text, false],
    ['source.published', kinds.partial, true], ['source.published_approximate', kinds.bool, false], ['source.published_note', kinds.text, false],
    ['source.covers', objectKind, false], ['source.covers.start', kinds.partial, true], ['source.covers.end', kinds.partial, true],
    ['source.kind', enumKind(['un', 'ngo', 'media', 'government', 'other']), true],
    ['source.report', kinds.id, false], ['source.report_title', kinds.text, false], ['source.accessed', kinds.day, false],
    ['figures', listKind(null), false], ['figures.0.id', kinds.id, true], ['figures.0.period', kinds.period, true],
    ['figures.0.perpetrator', kinds.text, true],
    ['figures.0.measure', enumKind(['killed', 'injured', 'abducted', 'detained', 'sexual-violence', 'victims', 'violations', 'homes-destroyed', 'incidents']), true],
    ['figures.0.count.qualifier', enumKind(QUALIFIERS), true], ['figures.0.count.low', kinds.whole, 'a count with qualifier "between" needs "low"'], ['figures.0.count.best', kinds.whole, false],
    ['figures.0.count.high', kinds.whole, 'a count with qualifier "between" needs "high"'],
    ['figures.0.part_of', kinds.id, false], ['figures.0.where', listKind('Too small: expected array to have >=1 items'), false], ['figures.0.where.0', kinds.id, true],
    ['figures.0.note', kinds.text, false],
    ['figures.0.actors', listKind('name at least one actor, or leave actors out'), false], ['figures.0.actors.0', kinds.text, true],
    ['figures.0.report', kinds.id, false], ['figures.0.definition', kinds.text, false], ['figures.0.lead', kinds.text, false],
    ['figures.0.excludes', listKind('name at least one incident id, or leave excludes out'), false], ['figures.0.excludes.0', kinds.id, true],
    ['figures.0.acknowledged', listKind('give at least one { with, reason }, or leave acknowledged out'), false], ['figures.0.acknowledged.0', objectKind, true],
    ['figures.0.acknowledged.0.with', kinds.id, true], ['figures.0.acknowledged.0.reason', kinds.text, true],
    ['incidents', listKind(null), false], ['incidents.0.id', kinds.id, true], ['incidents.0.title', kinds.text, true], ['incidents.0.date', kinds.dateInput, true],
    ['incidents.0.date_note', kinds.text, false], ['incidents.0.place', kinds.id, true],
    ['incidents.0.perpetrators', listKind('name at least one perpetrator (an actor id); use "unknown-perpetrator" if the source names none'), true], ['incidents.0.perpetrators.0', kinds.text, true],
    ['incidents.0.description', kinds.text, true], ['incidents.0.same_victims_as', kinds.id, false],
    ['incidents.0.perpetrator_stance', enumKind(['named', 'alleged', 'suspected', 'denied']), false],
    ['incidents.0.claims.0.id', kinds.id, false], ['incidents.0.claims.0.report', kinds.id, false], ['incidents.0.claims.0.lead', kinds.text, false],
    ['incidents.0.claims.0.attributes', listKind(null), false], ['incidents.0.claims.0.attributes.0', objectKind, true],
    ['incidents.0.claims.0.attributes.0.actor', kinds.text, true], ['incidents.0.claims.0.attributes.0.as_named', kinds.text, false],
    ['incidents.0.claims.0.attributes.0.stance', enumKind(['named', 'alleged', 'suspected', 'denied']), false],
    ['incidents.0.claims.0.about_claims', listKind('name at least one claim id, or leave about_claims out'), false], ['incidents.0.claims.0.about_claims.0', kinds.id, true],
    ['incidents.0.claims', listKind('an incident needs at least one claim: what the source reports'), true],
    ['incidents.0.claims.0.kind', enumKind(['report', 'counter-claim', 'denial']), true], ['incidents.0.claims.0.by', kinds.text, true],
    ['incidents.0.claims.0.by_actor', kinds.id, false], ['incidents.0.claims.0.date', kinds.partial, false],
    ['incidents.0.claims.0.counts_of', enumKind(['civilians', 'people', 'combatants']), false], ['incidents.0.claims.0.statement', kinds.text, true],
    ['incidents.0.claims.0.counts.killed.best', kinds.whole, 'a count with qualifier "about" needs "best"'],
    ['claims', listKind(null), false], ['claims.0.about_figures', listKind('name at least one figure id'), true], ['claims.0.about_figures.0', kinds.id, true], ['claims.0.statement', kinds.text, true],
    ['denials', listKind(null), false], ['denials.0', objectKind, true], ['denials.0.by', kinds.text, true], ['denials.0.by_actor', kinds.id, false],
    ['denials.0.date', kinds.partial, false], ['denials.0.report', kinds.id, true],
    ['denials.0.against', listKind('name at least one category or actor whose involvement is denied'), true], ['denials.0.against.0', kinds.text, true],
    ['denials.0.statement', kinds.text, true],
    ['events', listKind(null), false], ['events.0.id', kinds.id, true], ['events.0.date', kinds.dateInput, true], ['events.0.title', kinds.text, true], ['events.0.description', kinds.text, false],
  ]],
  ['actor', ActorInput, actor, [
    ['id', kinds.id, true], ['name', kinds.text, true], ['aliases', listKind(null), false], ['aliases.0', kinds.text, true],
    ['category', enumKind(CATEGORIES), true], ['description', kinds.text, true],
  ]],
  ['place', PlaceInput, place, [
    ['id', kinds.id, true], ['name', kinds.text, true], ['kind', enumKind(['locality', 'military-site', 'cercle', 'region', 'country']), true],
    ['admin2', kinds.text, false], ['admin1', kinds.text, false], ['country', kinds.text, true],
    // coordinates may be left out only with coordinates_source: none (tested below).
    ['coordinates.precision', enumKind(['exact', 'locality', 'admin2', 'admin1', 'country']), true],
    ['coordinates_source', enumKind(['none', 'not-recorded', 'geoboundaries-centroid']), true],
  ]],
];

function withValue(base: Record<string, unknown>, path: string, value: Bad): Record<string, unknown> {
  const parts = path.split('.');
  let node = base as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
  if (value === MISSING) delete node[parts.at(-1)!];
  else node[parts.at(-1)!] = value;
  return base;
}

function issueAt(schema: z.ZodType, data: unknown, path: string): string[] {
  const r = schema.safeParse(data);
  if (r.success) return [];
  return r.error.issues.filter((i) => i.path.join('.') === path).map((i) => i.message);
}

for (const [name, schema, base, fields] of tables) {
  describe(`${name} fields`, () => {
    it('the base value is valid', () => {
      expect(schema.safeParse(base()).error?.issues ?? []).toEqual([]);
    });
    const cases: [string, string, Bad, string | null][] = [];
    for (const [path, kind, required] of fields) {
      const missingMessage = typeof required === 'string' ? required : required ? missingFor(kind) : null;
      cases.push([path, 'missing', MISSING, missingMessage]);
      for (const [value, message] of kind.bad) cases.push([path, JSON.stringify(value), value, message]);
    }
    it.each(cases)('%s = %s', (path, _label, value, message) => {
      const messages = issueAt(schema, withValue(base(), path, value), path);
      if (message === null) expect(schema.safeParse(withValue(base(), path, value)).success).toBe(true);
      else expect(messages).toContain(message);
    });
  });
}

/** What a missing required field says: the message its kind gives for "nothing there". */
function missingFor(kind: Kind): string {
  const nullMessage = kind.bad.find(([v]) => v === null)![1];
  return nullMessage.replace('received null', 'received undefined');
}

describe('rules across fields', () => {
  it.each([
    [{ qualifier: 'between', low: 30, high: 20 }, 'low (30) is above high (20)'],
    [{ qualifier: 'at-least', best: 50 }, 'a count with qualifier "at-least" needs "low"'],
    [{ qualifier: 'exact', best: 5, low: 5 }, 'a count with qualifier "exact" takes no "low"'],
    [{ qualifier: 'up-to', low: 5 }, 'a count with qualifier "up-to" needs "high"'],
  ])('count %j → %s', (c, message) => {
    const a = article();
    a.figures[0]!.count = c as never;
    const all = ArticleFrontMatter.safeParse(a).error!.issues.map((i) => i.message);
    expect(all).toContain(message);
  });
  it('a figure needs exactly one of count and share', () => {
    const a = article();
    (a.figures[0] as Record<string, unknown>).share = { percent: 10 };
    expect(issueAt(ArticleFrontMatter, a, 'figures.0.share')).toEqual(['a figure needs exactly one of "count" and "share"']);
    delete (a.figures[0] as Record<string, unknown>).share;
    delete (a.figures[0] as Record<string, unknown>).count;
    expect(issueAt(ArticleFrontMatter, a, 'figures.0.count')).toEqual(['a figure needs exactly one of "count" and "share"']);
  });
  it.each([[-100, 'a fall cannot be 100% or more: a quarter that fell by 100% would have had no victims at all'], [-150, 'a fall cannot be 100% or more: a quarter that fell by 100% would have had no victims at all'], [Infinity, 'expected a percentage as a number (a rise of 324% is 324, a fall of 20% is -20)'], [NaN, 'expected a percentage as a number (a rise of 324% is 324, a fall of 20% is -20)'], ['20%', 'expected a percentage as a number (a rise of 324% is 324, a fall of 20% is -20)']])('change_from_previous_quarter.percent %j → %s', (percent, message) => {
    const a = article();
    a.figures[0]!.change_from_previous_quarter = { percent } as never;
    expect(issueAt(ArticleFrontMatter, a, 'figures.0.change_from_previous_quarter.percent')).toEqual([message]);
  });
  it.each([[-1, 'a percentage cannot be negative'], [101, 'a share cannot be more than 100%'], ['54%', 'expected a percentage as a number']])('share.percent %j → %s', (percent, message) => {
    const a = article();
    delete (a.figures[0] as Record<string, unknown>).count;
    (a.figures[0] as Record<string, unknown>).share = { percent, of: 'x' };
    expect(issueAt(ArticleFrontMatter, a, 'figures.0.share.percent')).toEqual([message]);
  });
  it.each([['javascript:alert(1)'], ['ftp://example.org'], ['not a url']])('source.url %s is refused', (url) => {
    const a = article();
    a.source.url = url;
    expect(issueAt(ArticleFrontMatter, a, 'source.url')).toEqual(['expected a web address starting with https:// or http://']);
  });
  it.each([['English'], ['EN'], [''], ['e']])('source.language %j is refused', (language) => {
    const a = article();
    a.source.language = language;
    expect(issueAt(ArticleFrontMatter, a, 'source.language')).toEqual(['expected a language tag such as en or fr']);
  });
  it.each([['2021-Q5'], ['2021-q2'], ['2021Q2']])('period.quarter %s is refused', (quarter) => {
    const a = article();
    a.figures[0]!.period = { quarter } as never;
    expect(ArticleFrontMatter.safeParse(a).error!.issues.map((i) => i.message)).toContain('expected a quarter written YYYY-Qn, e.g. 2021-Q2');
  });
  it.each([[{ lat: 91, lon: 0, precision: 'exact' }, 'coordinates.lat'], [{ lat: 0, lon: -181, precision: 'exact' }, 'coordinates.lon']])('coordinates out of range %j', (coordinates, path) => {
    expect(issueAt(PlaceInput, { ...place(), coordinates }, path)).toHaveLength(1);
  });
  it('a place without coordinates says so (coordinates_source: none), and only then', () => {
    const { coordinates: _c, ...bare } = place();
    expect(issueAt(PlaceInput, bare, 'coordinates_source')).toEqual(['the place has no coordinates, so their source must be "none"']);
    expect(PlaceInput.safeParse({ ...bare, coordinates_source: 'none' }).success).toBe(true);
    expect(issueAt(PlaceInput, { ...place(), coordinates: 'here' }, 'coordinates')).toHaveLength(1);
  });
  it('unknown fields are refused everywhere (strict objects)', () => {
    for (const [path] of [['sumary'], ['source.publsher'], ['figures.0.quater'], ['incidents.0.claims.0.count'], ['events.0.when']] as const) {
      const r = ArticleFrontMatter.safeParse(withValue(article(), path, 1));
      expect(r.error!.issues.map((i) => i.code)).toContain('unrecognized_keys');
    }
  });
});
