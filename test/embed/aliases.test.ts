import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/registry.ts';
import { siteData } from '../../src/data/site-data.ts';
import { EMBED_ALIASES } from '../../src/embed/aliases.ts';
import { RESERVED_IDS } from '../../src/embed/contract.ts';

const ids = new Set(chartSpecs(siteData).map((s) => s.id));

describe('embed ids and aliases', () => {
  it('every alias points at a chart that exists, directly (no chains)', () => {
    for (const [old, to] of Object.entries(EMBED_ALIASES)) {
      expect(ids.has(to), `${old} → ${to}`).toBe(true);
      expect(ids.has(old), `${old} is both a chart and an alias`).toBe(false);
    }
  });

  it('no chart takes a name reserved under /embed/', () => {
    for (const r of RESERVED_IDS) expect(ids.has(r)).toBe(false);
  });

  it('chart ids are URL-safe', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
