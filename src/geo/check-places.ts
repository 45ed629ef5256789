import type { PlaceInput } from '../schema/place.ts';
import type { Loaded } from '../pipeline/load-content.ts';
import { problemAt } from '../pipeline/locate.ts';
import type { Problem } from '../pipeline/problem.ts';
import { CERCLES, LATER_REGIONS, REGIONS, cercleByName, regionByName } from './admin-units.ts';

const regionList = REGIONS.map((r) => (r.fr === r.en ? r.fr : `${r.fr} / ${r.en}`)).join(', ');

/**
 * Every place's cercle and region must be units of the boundary table (src/geo/admin-units.ts),
 * so the map can place it: a name the table does not know is refused, never guessed. A region is
 * a 2015 one (the boundary layer predates Ménaka and Taoudénit), and a cercle must lie in the
 * region given.
 */
export function checkPlaceAdmin(places: readonly Loaded<PlaceInput>[]): Problem[] {
  const problems: Problem[] = [];
  for (const { parsed, data: p } of places) {
    if (p.country !== 'Mali') continue;
    const region = p.admin1 === undefined ? undefined : regionByName(p.admin1);
    const later = p.admin1 !== undefined && LATER_REGIONS.includes(p.admin1);
    if (p.admin1 !== undefined && !region && !later) {
      problems.push(problemAt(parsed, ['admin1'], 'error', {
        message: `the region "${p.admin1}" is not in the boundary table`,
        expected: `one of the regions of the 2015 boundary layer: ${regionList}`,
        found: `"${p.admin1}"`,
        hint: `write the region as the table spells it (French or English, with accents); a region created after 2015 is accepted when it is one of ${LATER_REGIONS.join(', ')} (src/geo/admin-units.ts), where another a source names can be added`,
      }));
    }
    if ((p.kind === 'cercle' || p.kind === 'region') && p.admin1 === undefined) {
      problems.push(problemAt(parsed, [], 'error', {
        message: `a ${p.kind} needs its region (admin1) so the map can place it`,
        expected: `admin1: one of ${regionList}`,
        found: 'no admin1',
        hint: 'add the 2015 region the place lies in, as a source or the boundary table states it',
      }));
    }
    if (p.admin2 !== undefined) {
      const cercle = cercleByName(p.admin2, region);
      if (!cercle) {
        const elsewhere = cercleByName(p.admin2);
        const inRegion = region ? CERCLES.filter((c) => c.region === region.id).map((c) => c.fr).join(', ') : null;
        problems.push(problemAt(parsed, ['admin2'], 'error', {
          message: elsewhere && region
            ? `the cercle "${p.admin2}" is not in the region "${p.admin1}" in the boundary table`
            : `the cercle "${p.admin2}" is not in the boundary table`,
          expected: inRegion ? `a cercle of ${p.admin1}: ${inRegion}` : 'a cercle of the boundary table (src/geo/admin-units.ts)',
          found: `"${p.admin2}"`,
          hint: 'check the cercle and the region against a source; the table spells cercles in French with accents, or in English',
        }));
      }
    } else if (p.kind === 'cercle') {
      problems.push(problemAt(parsed, [], 'error', {
        message: 'a cercle needs admin2 (its own name as the boundary table spells it)',
        expected: 'admin2: the cercle\'s name',
        found: 'no admin2',
        hint: 'add admin2 with the cercle\'s name as in src/geo/admin-units.ts',
      }));
    }
    if (p.coordinates_source === 'geoboundaries-centroid' && p.kind !== 'cercle' && p.kind !== 'region') {
      problems.push(problemAt(parsed, ['coordinates_source'], 'error', {
        message: 'only a cercle or a region has a polygon in the boundary layer, so only they can take its centroid',
        expected: '"not-recorded" or "none" for this kind of place',
        found: `"geoboundaries-centroid" on a ${p.kind}`,
        hint: 'state where these coordinates really come from; if nobody recorded it, write not-recorded',
      }));
    }
  }
  return problems;
}
