/**
 * The shading bins, by the lowest toll stated (never a midpoint), or by incidents recorded. A
 * sequential orange that reads on light and dark paper; every bin has words in the key, and the
 * table gives each number.
 */
export type Bin = { id: string; order: number; label: string; fill: string };

const KILLED: Bin[] = [
  { id: 'k1', order: 1, label: '1–49 killed', fill: '#F6C28B' },
  { id: 'k50', order: 2, label: '50–99 killed', fill: '#E8873A' },
  { id: 'k100', order: 3, label: '100–299 killed', fill: '#C4501A' },
  { id: 'k300', order: 4, label: '300 or more killed', fill: '#8A2A0A' },
];
const INCIDENTS: Bin[] = [
  { id: 'i1', order: 1, label: '1 incident', fill: '#F6C28B' },
  { id: 'i2', order: 2, label: '2 incidents', fill: '#E8873A' },
  { id: 'i3', order: 3, label: '3 or more incidents', fill: '#C4501A' },
];
export const NO_TOLL: Bin = { id: 'none', order: 0, label: 'Incidents, no toll stated or victims counted elsewhere', fill: '#CFC8BC' };

export function binOf(measure: 'killed' | 'incidents', value: number | null): Bin {
  if (value === null || value <= 0) return NO_TOLL;
  if (measure === 'incidents') return INCIDENTS[Math.min(value, 3) - 1]!;
  return value >= 300 ? KILLED[3]! : value >= 100 ? KILLED[2]! : value >= 50 ? KILLED[1]! : KILLED[0]!;
}

/**
 * The size of a place's mark, by how many incidents this site records there: a count of our
 * records, never of people. Four steps, each named in the key; the mark's label gives the number.
 */
export type Size = { id: string; min: number; label: string; r: number };
export const SIZES: Size[] = [
  { id: 's1', min: 1, label: '1 incident recorded at the place', r: 3.5 },
  { id: 's2', min: 2, label: '2–4 incidents recorded at the place', r: 5 },
  { id: 's5', min: 5, label: '5–19 incidents recorded at the place', r: 6.5 },
  { id: 's20', min: 20, label: '20 or more incidents recorded at the place', r: 8.5 },
];

export function sizeOf(count: number): Size {
  return [...SIZES].reverse().find((s) => count >= s.min) ?? SIZES[0]!;
}
