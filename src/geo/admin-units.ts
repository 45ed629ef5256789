/**
 * The hand-kept boundary table: every cercle (admin level 2) of the committed geoBoundaries layer
 * (data/boundaries/, gbOpen MLI ADM2, 2017 units) and the region (admin level 1) it belongs to in
 * the 2015 regional division that layer's regions follow. French names with their accents, English
 * names where English usage differs. Kept by hand (the release's names are unaccented ASCII) and
 * checked against the boundary file by test/geo/admin-units.test.ts.
 *
 * The 2015 division predates the regions of Ménaka and Taoudénit and the 2023 reorganisation
 * (new regions carved out of the old ones), so a cercle's region here is its 2015 region.
 */
export type Region = { id: string; fr: string; en: string };
export type Cercle = {
  id: string;
  /** The release's `shapeName` (ASCII), the key that joins this table to the boundary file. */
  shape: string;
  fr: string;
  en: string;
  region: string;
};

export const REGIONS: readonly Region[] = [
  { id: 'bamako', fr: 'Bamako', en: 'Bamako' },
  { id: 'gao', fr: 'Gao', en: 'Gao' },
  { id: 'kayes', fr: 'Kayes', en: 'Kayes' },
  { id: 'kidal', fr: 'Kidal', en: 'Kidal' },
  { id: 'koulikoro', fr: 'Koulikoro', en: 'Koulikoro' },
  { id: 'mopti', fr: 'Mopti', en: 'Mopti' },
  { id: 'segou', fr: 'Ségou', en: 'Segou' },
  { id: 'sikasso', fr: 'Sikasso', en: 'Sikasso' },
  { id: 'tombouctou', fr: 'Tombouctou', en: 'Timbuktu' },
];

const c = (id: string, shape: string, fr: string, region: string, en = fr): Cercle => ({ id, shape, fr, en, region });

export const CERCLES: readonly Cercle[] = [
  c('bamako', 'Bamako', 'Bamako', 'bamako'),
  c('ansongo', 'Ansongo', 'Ansongo', 'gao'),
  c('bourem', 'Bourem', 'Bourem', 'gao'),
  c('gao', 'Gao', 'Gao', 'gao'),
  c('menaka', 'Menaka', 'Ménaka', 'gao', 'Menaka'),
  c('bafoulabe', 'Bafoulabe', 'Bafoulabé', 'kayes', 'Bafoulabe'),
  c('diema', 'Diema', 'Diéma', 'kayes', 'Diema'),
  c('kayes', 'Kayes', 'Kayes', 'kayes'),
  c('kenieba', 'Kenieba', 'Kéniéba', 'kayes', 'Kenieba'),
  c('kita', 'Kita', 'Kita', 'kayes'),
  c('nioro', 'Nioro', 'Nioro du Sahel', 'kayes', 'Nioro'),
  c('yelimane', 'Yelimane', 'Yélimané', 'kayes', 'Yelimane'),
  c('abeibara', 'Abeibara', 'Abeïbara', 'kidal', 'Abeibara'),
  c('kidal', 'Kidal', 'Kidal', 'kidal'),
  c('tessalit', 'Tessalit', 'Tessalit', 'kidal'),
  c('tin-essako', 'Tin-Essako', 'Tin-Essako', 'kidal'),
  c('banamba', 'Banamba', 'Banamba', 'koulikoro'),
  c('dioila', 'Dioila', 'Dioïla', 'koulikoro', 'Dioila'),
  c('kangaba', 'Kangaba', 'Kangaba', 'koulikoro'),
  c('kati', 'Kati', 'Kati', 'koulikoro'),
  c('kolokani', 'Kolokani', 'Kolokani', 'koulikoro'),
  c('koulikoro', 'Koulikoro', 'Koulikoro', 'koulikoro'),
  c('nara', 'Nara', 'Nara', 'koulikoro'),
  c('bandiagara', 'Bandiagara', 'Bandiagara', 'mopti'),
  c('bankass', 'Bankass', 'Bankass', 'mopti'),
  c('djenne', 'Djenne', 'Djenné', 'mopti', 'Djenne'),
  c('douentza', 'Douentza', 'Douentza', 'mopti'),
  c('koro', 'Koro', 'Koro', 'mopti'),
  c('mopti', 'Mopti', 'Mopti', 'mopti'),
  c('tenenkou', 'Tenenkou', 'Ténenkou', 'mopti', 'Tenenkou'),
  c('youwarou', 'Youwarou', 'Youwarou', 'mopti'),
  c('baroueli', 'Baroueli', 'Barouéli', 'segou', 'Baroueli'),
  c('bla', 'Bla', 'Bla', 'segou'),
  c('macina', 'Macina', 'Macina', 'segou'),
  c('niono', 'Niono', 'Niono', 'segou'),
  c('san', 'San', 'San', 'segou'),
  c('segou', 'Segou', 'Ségou', 'segou', 'Segou'),
  c('tominian', 'Tominian', 'Tominian', 'segou'),
  c('bougouni', 'Bougouni', 'Bougouni', 'sikasso'),
  c('kadiolo', 'Kadiolo', 'Kadiolo', 'sikasso'),
  c('kolondieba', 'Kolondieba', 'Kolondiéba', 'sikasso', 'Kolondieba'),
  c('koutiala', 'Koutiala', 'Koutiala', 'sikasso'),
  c('sikasso', 'Sikasso', 'Sikasso', 'sikasso'),
  c('yanfolila', 'Yanfolila', 'Yanfolila', 'sikasso'),
  c('yorosso', 'Yorosso', 'Yorosso', 'sikasso'),
  c('dire', 'Dire', 'Diré', 'tombouctou', 'Dire'),
  c('goundam', 'Goundam', 'Goundam', 'tombouctou'),
  c('gourma-rharous', 'Gourma-Rharous', 'Gourma-Rharous', 'tombouctou'),
  c('niafunke', 'Niafunke', 'Niafunké', 'tombouctou', 'Niafunke'),
  c('tombouctou', 'Tombouctou', 'Tombouctou', 'tombouctou', 'Timbuktu'),
];

/** The unit a gazetteer name refers to: French or English name, exactly as written in the table. */
export function regionByName(name: string): Region | undefined {
  return REGIONS.find((r) => r.fr === name || r.en === name);
}

/** A cercle by its name in a region (names repeat across levels: Gao is a cercle and a region). */
export function cercleByName(name: string, region?: Region): Cercle | undefined {
  return CERCLES.find((x) => (x.fr === name || x.en === name) && (!region || x.region === region.id));
}

export function regionOf(cercle: Cercle): Region {
  return REGIONS.find((r) => r.id === cercle.region)!;
}

/**
 * Regions created after the 2015 layer that sources in this record name (Ménaka and Taoudénit, and
 * regions of the 2023 reorganisation that the MINUSMA notes' accounts use). A place may name one:
 * it is a real region the layer cannot draw, so the map places the place by its cercle only.
 */
export const LATER_REGIONS: readonly string[] = ['Ménaka', 'Taoudénit', 'Bandiagara', 'Douentza', 'San'];

/** The 2015-division caveat every map states. */
export const REGIONS_2015_NOTE =
  'Regions as in the 2015 boundary layer: it predates the regions of Ménaka and Taoudénit and the 2023 reorganisation, so a place may now lie in another region.';
