import { createHash } from 'node:crypto';

/**
 * The pure half of a page's cache key for Astro's incremental build (astro.config.mjs,
 * docs/performance.md "How a rebuild works"): a page is copied from the previous build, not
 * rendered, when its cacheKey and its code are unchanged. A key that misses something the page
 * shows publishes a stale page, so a key is built from the data itself, never from a hand-picked
 * list of fields:
 *
 * - the page's roots: its props and every list the page computes from a scan of the data
 *   (related incidents, a place's incidents, the filters' counts…), whole records, not fields;
 * - every record those roots name by id, and every record *those* name (to `depth` hops), found
 *   by looking up every string in them with the same look-ups the pages use
 *   (src/lib/cache-key-site.ts binds them), so a renamed actor or place or a new denial changes
 *   the key of each page that shows it;
 * - the site-wide values every page shows (the footer's "data last updated").
 *
 * Over-inclusion costs a re-render; under-inclusion costs a wrong page. So any string that
 * happens to equal an id pulls that record in, and object keys are looked up too.
 * Pure (no data, no disk), so it is tested without a build (test/lib/cache-key.test.ts).
 */

/** Bump when the scheme changes, so no key of the old scheme ever matches a new one. */
export const CACHE_KEY_SCHEME = 1;

const memo = new WeakMap<object, string>();

/**
 * A sha256 of a value's canonical form: object keys sorted, undefined dropped as JSON drops it.
 * Objects are memoised by identity: the data is read once per build and never changed after
 * getStaticPaths runs, so each record is hashed once however many pages show it.
 */
export function digest(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const known = memo.get(value);
    if (known) return known;
    const h = createHash('sha256').update(canonical(value)).digest('hex');
    memo.set(value, h);
    return h;
  }
  return createHash('sha256').update(canonical(value)).digest('hex');
}

// A nested object with an id (a record, a claim) contributes its own memoised digest, so a record
// inside many roots is serialised once; anything else is written out in its parent. The rule
// depends only on the value, so equal data always gives the same text.
const hasId = (v: object) => typeof (v as { id?: unknown }).id === 'string';
const nested = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) && hasId(v) ? `#${digest(v)}` : canonical(v));

function canonical(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Map) return `M${canonical([...value.entries()])}`;
  if (value instanceof Set) return `S${canonical([...value])}`;
  if (Array.isArray(value)) return `[${value.map(nested).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .flatMap((k) => {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined || typeof v === 'function') return [];
      return [`${JSON.stringify(k)}:${nested(v)}`];
    });
  return `{${entries.join(',')}}`;
}

/** Every string in a value (object keys included), each once, in the order met. */
export function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, into);
  else if (value instanceof Map || value instanceof Set) for (const v of value) stringsIn(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      stringsIn(v, into);
    }
  }
  return into;
}

/** The records a string may name: one entry per look-up that finds it ("actor:fama"). */
export type Lookup = (s: string) => readonly (readonly [string, object])[];

type Ref = readonly [string, object];
const refsMemo = new WeakMap<object, readonly Ref[]>();

/**
 * The records a value names: every string in it (object keys too) looked up. Memoised per object,
 * so a record shown on many pages is walked once per build, and a page's roots cost one step per
 * record they hold (at 10,000 articles, 30,000 incident pages each holding a dozen incidents).
 */
function refsOf(value: unknown, lookup: Lookup): readonly Ref[] {
  if (typeof value === 'string') return lookup(value);
  if (value === null || typeof value !== 'object') return [];
  const known = refsMemo.get(value);
  if (known) return known;
  const found = new Map<string, object>();
  const add = (refs: readonly Ref[]) => {
    for (const [name, record] of refs) found.set(name, record);
  };
  if (value instanceof Map) for (const [k, v] of value) add(refsOf(k, lookup)), add(refsOf(v, lookup));
  else if (value instanceof Set || Array.isArray(value)) for (const v of value) add(refsOf(v, lookup));
  else for (const [k, v] of Object.entries(value)) add(lookup(k)), add(refsOf(v, lookup));
  const refs = [...found];
  refsMemo.set(value, refs);
  return refs;
}

/**
 * The records the roots name, to `depth` hops: a map from "<look-up>:<string>" to the record.
 * Depth 2 covers what a page shows of a record it links to and what that record names in turn
 * (a claim → its figure → the figure's perpetrator's name).
 */
export function referencedRecords(roots: unknown, lookup: Lookup, depth = 2): Map<string, object> {
  const found = new Map<string, object>();
  let frontier: unknown[] = [roots];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: object[] = [];
    for (const item of frontier) {
      for (const [name, record] of refsOf(item, lookup)) {
        if (found.has(name)) continue;
        found.set(name, record);
        next.push(record);
      }
    }
    frontier = next;
  }
  return found;
}

const closureMemo = new Map<number, WeakMap<object, string>>();

/**
 * A digest of a value and of every record it names, to `depth` hops: the value's own digest, then
 * for each record it names (sorted by look-up name) that record's closure one hop shorter. A
 * change in any record within reach changes it. Memoised per record and depth, so a record that
 * many pages name is followed once per build, not once per page.
 */
export function closureDigest(value: unknown, lookup: Lookup, depth: number): string {
  if (depth <= 0) return digest(value);
  const cacheable = value !== null && typeof value === 'object';
  const memo = closureMemo.get(depth) ?? closureMemo.set(depth, new WeakMap()).get(depth)!;
  if (cacheable && memo.has(value)) return memo.get(value)!;
  const h = createHash('sha256').update(digest(value));
  const refs = [...refsOf(value, lookup)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, record] of refs) h.update(`\n${JSON.stringify(name)} ${closureDigest(record, lookup, depth - 1)}`);
  const out = h.digest('hex');
  if (cacheable) memo.set(value, out);
  return out;
}

/** The cache key: the scheme, the site-wide values, the roots and every record they reach. */
export function cacheKeyOf(roots: unknown, lookup: Lookup, siteWide: unknown, depth = 2): string {
  return createHash('sha256').update(`${CACHE_KEY_SCHEME}\n${digest(siteWide)}\n${closureDigest(roots, lookup, depth)}`).digest('hex');
}
