// Synthetic content for the benchmark: N articles shaped like the real ones (about three incidents
// and five figures each), with realistic dates, places and actors. Seeded, so every run of a size
// writes the same files.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Towns and villages of central and northern Mali: the synthetic gazetteer. */
// Synthetic towns for the benchmark; regions are the 2015 ones of the boundary table (src/geo/admin-units.ts).
const TOWNS: [name: string, admin2: string, admin1: string, lat: number, lon: number][] = [
  ['Menaka', 'Menaka', 'Gao', 15.92, 2.4], ['Kidal', 'Kidal', 'Kidal', 18.44, 1.41], ['Tessalit', 'Tessalit', 'Kidal', 20.2, 1.01],
  ['Aguelhok', 'Tessalit', 'Kidal', 19.46, 0.86], ['Anefis', 'Kidal', 'Kidal', 18.05, 0.6], ['Bourem', 'Bourem', 'Gao', 16.95, -0.35],
  ['Ansongo', 'Ansongo', 'Gao', 15.66, 0.5], ['Talataye', 'Ansongo', 'Gao', 15.7, 1.1], ['Tin-Hama', 'Ansongo', 'Gao', 15.9, 0.8],
  ['Inekar', 'Menaka', 'Gao', 15.97, 3.2], ['Anderamboukane', 'Menaka', 'Gao', 15.42, 3.03], ['Tin-Essako', 'Tin-Essako', 'Kidal', 18.45, 2.48],
  ['Goundam', 'Goundam', 'Timbuktu', 16.41, -3.67], ['Dire', 'Dire', 'Timbuktu', 16.27, -3.39], ['Niafunke', 'Niafunke', 'Timbuktu', 15.93, -4.0],
  ['Ber', 'Timbuktu', 'Timbuktu', 16.87, -2.0], ['Lere', 'Niafunke', 'Timbuktu', 15.72, -4.92], ['Gourma-Rharous', 'Gourma-Rharous', 'Timbuktu', 16.88, -1.92],
  ['Boni', 'Douentza', 'Mopti', 15.05, -1.95], ['Mondoro', 'Douentza', 'Mopti', 14.6, -1.97], ['Boulkessi', 'Douentza', 'Mopti', 14.74, -1.62],
  ['Sevare', 'Mopti', 'Mopti', 14.53, -4.1], ['Konna', 'Mopti', 'Mopti', 14.95, -3.89], ['Djenne', 'Djenne', 'Mopti', 13.91, -4.55],
  ['Sofara', 'Djenne', 'Mopti', 14.02, -4.24], ['Bankass', 'Bankass', 'Mopti', 14.08, -3.52], ['Ogossagou', 'Bankass', 'Mopti', 14.27, -3.32],
  ['Sobane-Da', 'Bandiagara', 'Mopti', 14.35, -3.5], ['Bandiagara', 'Bandiagara', 'Mopti', 14.35, -3.61], ['Koro', 'Koro', 'Mopti', 14.07, -3.08],
  ['Dinangourou', 'Koro', 'Mopti', 14.46, -2.27], ['Tenenkou', 'Tenenkou', 'Mopti', 14.46, -4.92], ['Youwarou', 'Youwarou', 'Mopti', 15.37, -4.26],
  ['Dioura', 'Tenenkou', 'Mopti', 14.75, -5.25], ['Diafarabe', 'Tenenkou', 'Mopti', 14.15, -5.0], ['Macina', 'Macina', 'Segou', 13.96, -5.36],
  ['Diabaly', 'Niono', 'Segou', 14.69, -6.02], ['Nampala', 'Niono', 'Segou', 15.29, -5.55], ['Niono', 'Niono', 'Segou', 14.25, -5.99],
  ['Farabougou', 'Niono', 'Segou', 14.35, -6.3], ['San', 'San', 'Segou', 13.3, -4.9], ['Tominian', 'Tominian', 'Segou', 13.29, -4.39],
  ['Nara', 'Nara', 'Koulikoro', 15.17, -7.28], ['Banamba', 'Banamba', 'Koulikoro', 13.55, -7.45], ['Kolokani', 'Kolokani', 'Koulikoro', 13.57, -8.03],
  ['Nioro-du-Sahel', 'Nioro', 'Kayes', 15.23, -9.59], ['Dieme', 'Diema', 'Kayes', 14.54, -9.19], ['Kadiolo', 'Kadiolo', 'Sikasso', 10.55, -5.76],
  ['Koutiala', 'Koutiala', 'Sikasso', 12.39, -5.46], ['Bougouni', 'Bougouni', 'Sikasso', 11.42, -7.48],
];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Actor ids of content/actors, with how often each is named (extremist groups most). */
const PERPETRATORS = ['jnim', 'jnim', 'jnim', 'isgs', 'isgs', 'fama', 'fama', 'wagner-group', 'community-militias', 'signatory-armed-groups', 'unknown-perpetrator', 'international-forces'];
const KINDS = ['media', 'media', 'media', 'ngo', 'un', 'government'] as const;
const PUBLISHERS: Record<(typeof KINDS)[number], string[]> = {
  media: ['AFP', 'Reuters', 'Associated Press', 'RFI', 'Jeune Afrique', 'VOA'],
  ngo: ['Human Rights Watch', 'Amnesty International', 'ACLED'],
  un: ['MINUSMA', 'OHCHR'],
  government: ['Government of Mali'],
};
const WHAT = ['Attack on', 'Killings in', 'Raid on', 'Abductions near', 'Shelling of', 'Operation in'];

function rng(seed: number): () => number {
  // mulberry32: tiny, fast and the same on every machine.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function article(n: number, r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const id = `bench-${pad(n, 6)}`;
  const year = int(2013, 2024);
  const quarter = int(1, 4);
  const month = (quarter - 1) * 3 + int(1, 3);
  const kind = pick(KINDS);
  const publisher = pick(PUBLISHERS[kind]);
  const publishedMonth = Math.min(12, month + 1);
  const q = `${year}-Q${quarter}`;
  // Sources that report one quarter agree on its totals (they quote the same UN note), as in life.
  const qr = rng(year * 4 + quarter);
  const qint = (lo: number, hi: number) => lo + Math.floor(qr() * (hi - lo + 1));
  const total = qint(40, 900);
  const killedTotal = qint(20, total >> 1);
  const abducted = [qint(5, 40), qint(41, 120)] as const;
  const shares = [qint(30, 60), qint(5, 25)] as const;
  const incidents = Array.from({ length: int(2, 4) }, (_, i) => {
    const town = pick(TOWNS);
    const day = `${year}-${pad(month)}-${pad(int(1, 28))}`;
    const killed = int(1, 120);
    const perp = pick(PERPETRATORS);
    const counter = r() < 0.2;
    return [
      `  - id: ${slug(town[0])}-${day}-${id}-${i}`,
      `    title: ${pick(WHAT)} ${town[0]}`,
      `    date: ${day}`,
      `    place: ${slug(town[0])}`,
      `    perpetrators: [${perp}]`,
      `    description: ${publisher} reports an attack on civilians in ${town[0]} (${town[2]} region).`,
      `    claims:`,
      `      - kind: report`,
      `        by: ${publisher}`,
      `        counts_of: civilians`,
      `        counts:`,
      `          killed: { qualifier: ${r() < 0.5 ? `at-least, low: ${killed}` : `exact, best: ${killed}`} }`,
      `        statement: At least ${killed} civilians were killed.`,
      ...(counter
        ? [`      - kind: counter-claim`, `        by: The army`, `        by_actor: fama`, `        counts_of: combatants`, `        counts:`, `          killed: { qualifier: exact, best: ${int(1, killed)} }`, `        statement: The army said it killed assailants.`]
        : []),
    ].join('\n');
  });
  const figures = [
    `  - id: ${id}-total\n    period: { quarter: ${q} }\n    perpetrator: all\n    measure: victims\n    count: { qualifier: at-least, low: ${total} }`,
    `  - id: ${id}-extremists\n    period: { quarter: ${q} }\n    perpetrator: extremist-armed-groups\n    measure: victims\n    share: { percent: ${shares[0]}, of: ${id}-total }`,
    `  - id: ${id}-state\n    period: { quarter: ${q} }\n    perpetrator: fama\n    measure: victims\n    share: { percent: ${shares[1]}, of: ${id}-total }`,
    `  - id: ${id}-killed\n    period: { quarter: ${q} }\n    perpetrator: all\n    measure: killed\n    count: { qualifier: about, best: ${killedTotal} }`,
    `  - id: ${id}-abducted\n    period: { quarter: ${q} }\n    perpetrator: all\n    measure: abducted\n    count: { qualifier: between, low: ${abducted[0]}, high: ${abducted[1]} }`,
  ];
  return `---
id: ${id}
title: ${publisher} report ${n} on civilian harm in ${q}
summary: ${publisher} documents attacks on civilians in ${q}.
added: ${year + (month === 12 ? 1 : 0)}-${pad(month === 12 ? 1 : publishedMonth)}-15
source:
  title: Report ${n} on the situation of civilians
  publisher: ${publisher}
  url: https://example.org/reports/${id}
  published: ${year}-${pad(publishedMonth)}
  kind: ${kind}
  language: en
figures:
${figures.join('\n')}
incidents:
${incidents.join('\n')}
---
${publisher} counted {{figure:${id}-total}} victims in ${q}, most of them attributed to extremist armed groups.

The report describes ${incidents.length} incidents in detail, including killings, abductions and the destruction of homes.
`;
}

/** Writes actors (copied), places (real + synthetic) and N articles under dir/content. */
export async function generateContent(dir: string, articles: number, root: string, seed = 1): Promise<string> {
  const content = path.join(dir, 'content');
  await mkdir(path.join(content, 'articles'), { recursive: true });
  await cp(path.join(root, 'content/actors'), path.join(content, 'actors'), { recursive: true });
  await cp(path.join(root, 'content/places'), path.join(content, 'places'), { recursive: true });
  for (const [name, admin2, admin1, lat, lon] of TOWNS) {
    const file = path.join(content, 'places', `${slug(name)}.md`);
    const body = `---\nid: ${slug(name)}\nname: ${name}\nkind: locality\nadmin2: ${admin2}\nadmin1: ${admin1}\ncountry: Mali\ncoordinates: { lat: ${lat}, lon: ${lon}, precision: exact }\ncoordinates_source: not-recorded\n---\n`;
    await writeFile(file, body, { flag: 'wx' }).catch(() => {});
  }
  const r = rng(seed);
  const writes: Promise<void>[] = [];
  for (let n = 1; n <= articles; n++) {
    writes.push(writeFile(path.join(content, 'articles', `bench-${pad(n, 6)}.md`), article(n, r)));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  return content;
}
