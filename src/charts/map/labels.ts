import type { GeoPermissibleObjects } from 'd3-geo';
import { CERCLE_SHAPES, cerclesOutline } from './boundaries.ts';
import { DERIVED_MARK, valueText } from '../count-marks.ts';
import type { Anchor } from './callouts.ts';
import type { MapMeasure } from './model.ts';
import type { CercleToll, MapData } from './rows.ts';

/**
 * The words of every label the map sets beside it, with what each points at: a cercle's or a
 * figure's area (its centroid) or a place's own coordinates. They depend on the data only, so the
 * geometry can size its label columns to them before it projects anything.
 */
export type MapLabelText = { key: string; text: string; kind: Anchor['kind'] } & ({ at: 'area'; shape: GeoPermissibleObjects } | { at: 'place'; lon: number; lat: number });

export function mapLabelTexts(d: MapData, measure: MapMeasure): MapLabelText[] {
  const out = new Map<string, MapLabelText>();
  for (const c of d.cercles) {
    // Each place once: the label grows with the places, never with the incidents.
    const unplaced = [...new Set(c.incidents.filter((i) => !i.point && i.place.kind === 'locality').map((i) => i.place.name))];
    const name = unplaced.length ? `${c.cercle.fr} (${unplaced.join(', ')})` : c.cercle.fr;
    // On the killed map the toll is printed beside the shading, so the bin's colour is never the only cue.
    const toll = measure === 'killed' && c.toll ? `: ${tollShort(c.toll, c.incidents)} killed` : '';
    out.set(`c:${c.cercle.id}`, { key: `c:${c.cercle.id}`, text: `${name}${toll}`, kind: 'cercle', at: 'area', shape: CERCLE_SHAPES.get(c.cercle.id)! });
  }
  for (const f of d.figures)
    for (const c of f.cercles) if (!out.has(`c:${c.id}`)) out.set(`c:${c.id}`, { key: `c:${c.id}`, text: c.fr, kind: 'cercle', at: 'area', shape: CERCLE_SHAPES.get(c.id)! });
  for (const p of d.places) {
    // The count is printed beside the mark, so its size is never the only cue, and it names what it
    // counts: beside cercle labels that give tolls ("Bankass: 160 killed"), a bare "(3)" would read
    // as three people.
    const n = p.incidents.length;
    const text = n === 1 ? p.place.name : `${p.place.name} (${n.toLocaleString('en-GB')} incidents)`;
    out.set(`p:${p.place.id}`, { key: `p:${p.place.id}`, text, kind: 'point', at: 'place', lon: p.point.lon, lat: p.point.lat });
  }
  for (const f of d.figures) out.set(`f:${f.figure.id}`, { key: `f:${f.figure.id}`, text: f.short, kind: 'figure', at: 'area', shape: cerclesOutline(f.cercles.map((c) => c.id)) });
  return [...out.values()];
}

/**
 * A cercle's toll in short words: one incident's count as its source states it ("≥39"), or the
 * derived sum of several incidents' stated tolls, marked † ("45–52†", "≥132†").
 */
export function tollShort(t: CercleToll, incidents: readonly MapData['incidents'][number][]): string {
  if (!t.derived) {
    const one = incidents.find((i) => i.killed && !i.same_victims_as)!;
    return valueText(one.killed!, false);
  }
  const n = (v: number) => v.toLocaleString('en-GB');
  return `${t.high === null ? `≥${n(t.low)}` : t.high === t.low ? n(t.low) : `${n(t.low)}–${n(t.high)}`}${DERIVED_MARK}`;
}

