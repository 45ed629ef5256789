import raw from '../generated/site-data.json' with { type: 'json' };
import { SiteData } from '../model/records.ts';

/**
 * The pages' only door to the data: the JSON the data step wrote, checked against its schema once
 * at build time so every page gets typed records. Run `npm run data` (or `npm run build`) first.
 */
export const siteData: SiteData = SiteData.parse(raw);
