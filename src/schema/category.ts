import { z } from 'zod';

/**
 * The fixed perpetrator categories the charts stack by. Ids are part of the public data contract:
 * renaming one is a breaking change (see docs/data-contract.md).
 */
export const CATEGORY_IDS = [
  'extremist-armed-groups',
  'community-militias',
  'signatory-armed-groups',
  'state-forces',
  'international-forces',
  'unidentified',
] as const;
export const CategoryId = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryId>;

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  'extremist-armed-groups': 'Extremist armed groups',
  'community-militias': 'Community militias',
  'signatory-armed-groups': 'Signatory armed groups',
  'state-forces': 'State forces',
  'international-forces': 'International forces',
  unidentified: 'Unidentified',
};

export const CATEGORY_DESCRIPTIONS: Record<CategoryId, string> = {
  'extremist-armed-groups': 'JNIM, the Islamic State Sahel (ISGS/EIGS) and similar groups.',
  'community-militias': 'Community-based militias and self-defence groups.',
  'signatory-armed-groups': 'Armed groups that are signatories of a peace agreement with the government.',
  'state-forces':
    "Mali's defence and security forces, and foreign military personnel that sources describe operating with them (named only where a source names them).",
  'international-forces': 'International and regional forces, as sources group them; not the foreign personnel that operate with Mali\'s army.',
  unidentified: 'Perpetrator not identified by the source.',
};

/**
 * Figures may name a perpetrator more broadly than one category: all perpetrators together, or
 * the part of a total a source did not attribute (a derived remainder).
 */
export const ALL = 'all' as const;
export const UNATTRIBUTED = 'unattributed' as const;
export const SERIES_CATEGORY_IDS = [...CATEGORY_IDS, ALL, UNATTRIBUTED] as const;
export const SeriesCategory = z.enum(SERIES_CATEGORY_IDS);
export type SeriesCategory = z.infer<typeof SeriesCategory>;

export const SERIES_LABELS: Record<SeriesCategory, string> = {
  ...CATEGORY_LABELS,
  all: 'All perpetrators',
  unattributed: 'Not attributed in the account we read',
};
