import { describe, expect, it } from 'vitest';
import { cacheKeyOf, digest, referencedRecords, stringsIn, type Lookup } from '../../src/lib/cache-key.ts';
import { recordVersion } from '../../src/lib/data-version.ts';

// A tiny data set in the shape of the site's: an incident names a place, an actor and a source;
// the source names its report. The look-up is the same kind src/lib/cache-key-site.ts builds.
function world() {
  const actors = new Map([['fama', { id: 'fama', name: 'Malian armed forces' }], ['jnim', { id: 'jnim', name: 'JNIM' }]]);
  const places = new Map([['moura', { id: 'moura', name: 'Moura' }]]);
  const reports = new Map([['hrw-1', { id: 'hrw-1', by: 'Human Rights Watch' }]]);
  const sources = new Map([['src-1', { id: 'src-1', title: 'Report', report_id: 'hrw-1' }]]);
  const incident = { id: 'moura-2022', title: 'Moura', place_id: 'moura', perpetrator_ids: ['fama'], source_ids: ['src-1'], denials: [] as { by_actor: string }[] };
  const lookup: Lookup = (s) => {
    const found: [string, object][] = [];
    for (const [name, table] of [['actor', actors], ['place', places], ['report', reports], ['source', sources]] as const) {
      const r = (table as Map<string, object>).get(s);
      if (r) found.push([`${name}:${s}`, r]);
    }
    return found;
  };
  return { actors, places, reports, sources, incident, lookup };
}

describe('digest', () => {
  it('is the same for equal values whatever the order of their keys, and differs for any changed field', () => {
    expect(digest({ a: 1, b: [1, { c: 'x' }] })).toBe(digest({ b: [1, { c: 'x' }], a: 1 }));
    expect(digest({ a: 1, b: [1, { c: 'x' }] })).not.toBe(digest({ a: 1, b: [1, { c: 'y' }] }));
    expect(digest([1, 2])).not.toBe(digest([2, 1]));
    expect(digest({ a: null })).not.toBe(digest({}));
    expect(digest('1')).not.toBe(digest(1));
    // A dropped undefined is JSON's rule: the page cannot show a field that is not there.
    expect(digest({ a: 1, b: undefined })).toBe(digest({ a: 1 }));
  });
});

describe('stringsIn', () => {
  it('finds every string, in arrays, nested objects and object keys', () => {
    expect([...stringsIn({ a: ['x', { b: 'y' }], n: 3, m: new Map([['k', 'v']]) })].sort()).toEqual(['a', 'b', 'k', 'm', 'n', 'v', 'x', 'y'].sort());
  });
});

describe('referencedRecords', () => {
  it('follows ids to the depth given: the incident names the source, the source names the report', () => {
    const w = world();
    expect([...referencedRecords({ incident: w.incident }, w.lookup, 1).keys()].sort()).toEqual(['actor:fama', 'place:moura', 'source:src-1']);
    expect([...referencedRecords({ incident: w.incident }, w.lookup, 2).keys()].sort()).toEqual(['actor:fama', 'place:moura', 'report:hrw-1', 'source:src-1']);
  });
});

describe('cacheKeyOf', () => {
  const key = (w: ReturnType<typeof world>, siteWide: unknown = { updated: '2024-01-01' }) => cacheKeyOf({ incident: w.incident }, w.lookup, siteWide);

  it('is stable for the same data', () => {
    expect(key(world())).toBe(key(world()));
  });

  it('changes when the record changes, when a record it names changes (two hops away too), and with the site-wide values', () => {
    const base = key(world());
    const own = world();
    own.incident.title = 'Moura massacre';
    expect(key(own)).not.toBe(base);
    const actorRenamed = world();
    actorRenamed.actors.set('fama', { id: 'fama', name: 'FAMa' });
    expect(key(actorRenamed)).not.toBe(base);
    const placeRenamed = world();
    placeRenamed.places.set('moura', { id: 'moura', name: 'Mourra' });
    expect(key(placeRenamed)).not.toBe(base);
    const reportRenamed = world();
    reportRenamed.reports.set('hrw-1', { id: 'hrw-1', by: 'HRW' });
    expect(key(reportRenamed)).not.toBe(base);
    const denied = world();
    denied.incident.denials.push({ by_actor: 'fama' });
    expect(key(denied)).not.toBe(base);
    expect(key(world(), { updated: '2024-01-02' })).not.toBe(base);
  });

  it('does not change when a record the page does not name changes', () => {
    const base = key(world());
    const other = world();
    other.actors.set('jnim', { id: 'jnim', name: 'Jama’at Nusrat al-Islam wal-Muslimin' });
    expect(key(other)).toBe(base);
  });
});

describe('recordVersion', () => {
  it('is 16 hex digits of the record as published, whatever the order of its keys', () => {
    expect(recordVersion({ id: 'a', n: 1 })).toMatch(/^[0-9a-f]{16}$/);
    expect(recordVersion({ id: 'a', n: 1 })).toBe(recordVersion({ n: 1, id: 'a' }));
    expect(recordVersion({ id: 'a', n: 1 })).not.toBe(recordVersion({ id: 'a', n: 2 }));
  });
});
