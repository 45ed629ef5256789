import { describe, expect, it } from 'vitest';
import { checkPlaceAdmin } from '../../src/geo/check-places.ts';
import { parseFrontMatter } from '../../src/pipeline/front-matter.ts';
import { PlaceInput } from '../../src/schema/place.ts';
import { formatProblem } from '../../src/pipeline/problem.ts';

function place(file: string, yaml: string) {
  const { parsed } = parseFrontMatter(file, `---\n${yaml}\n---\n`);
  return { file, parsed: parsed!, data: PlaceInput.parse(parsed!.data) };
}

describe('validate: places and the boundary table', () => {
  it('accepts the gazetteer as written (French or English names, accents kept)', () => {
    const ok = [
      place('content/places/moura.md', 'id: moura\nname: Moura\nkind: locality\nadmin2: Djenné\nadmin1: Mopti\ncountry: Mali\ncoordinates_source: none'),
      place('content/places/gossi.md', 'id: gossi\nname: Gossi\nkind: locality\nadmin2: Gourma-Rharous\nadmin1: Timbuktu\ncountry: Mali\ncoordinates: { lat: 15.82, lon: -1.30, precision: locality }\ncoordinates_source: not-recorded'),
    ];
    expect(checkPlaceAdmin(ok)).toEqual([]);
  });

  it('refuses a region unknown to the 2015 layer, with file, line, field, expected, found and hint', () => {
    const [p] = checkPlaceAdmin([place('content/places/x.md', 'id: x\nname: X\nkind: locality\nadmin2: Ménaka\nadmin1: Menakka\ncountry: Mali\ncoordinates_source: none')]);
    expect(formatProblem(p!)).toBe(
      [
        'content/places/x.md:6:9  error  admin1: the region "Menakka" is not in the boundary table',
        '    expected: one of the regions of the 2015 boundary layer: Bamako, Gao, Kayes, Kidal, Koulikoro, Mopti, Ségou / Segou, Sikasso, Tombouctou / Timbuktu',
        '    found:    "Menakka"',
        '    hint:     write the region as the table spells it (French or English, with accents); a region created after 2015 is accepted when it is one of Ménaka, Taoudénit, Bandiagara, Douentza, San (src/geo/admin-units.ts), where another a source names can be added',
      ].join('\n'),
    );
    // A region created after 2015 that sources name is real: accepted, placed by its cercle.
    expect(checkPlaceAdmin([place('content/places/x.md', 'id: x\nname: X\nkind: locality\nadmin2: Ménaka\nadmin1: Ménaka\ncountry: Mali\ncoordinates_source: none')])).toEqual([]);
  });

  it('refuses a cercle that is not in the region given, and lists that region\'s cercles', () => {
    const problems = checkPlaceAdmin([place('content/places/y.md', 'id: y\nname: Y\nkind: locality\nadmin2: Niono\nadmin1: Mopti\ncountry: Mali\ncoordinates_source: none')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/places/y.md',
      line: 5,
      field: 'admin2',
      message: 'the cercle "Niono" is not in the region "Mopti" in the boundary table',
      expected: 'a cercle of Mopti: Bandiagara, Bankass, Djenné, Douentza, Koro, Mopti, Ténenkou, Youwarou',
      found: '"Niono"',
    });
  });

  it('refuses an unknown cercle and a centroid claimed for a point place, all at once', () => {
    const problems = checkPlaceAdmin([
      place('content/places/z.md', 'id: z\nname: Z\nkind: locality\nadmin2: Djene\nadmin1: Mopti\ncountry: Mali\ncoordinates: { lat: 14, lon: -4, precision: locality }\ncoordinates_source: geoboundaries-centroid'),
    ]);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['admin2', 'the cercle "Djene" is not in the boundary table'],
      ['coordinates_source', 'only a cercle or a region has a polygon in the boundary layer, so only they can take its centroid'],
    ]);
  });

  it('ties coordinates_source to the coordinates: none exactly when there are none', () => {
    const r = PlaceInput.safeParse({ id: 'a', name: 'A', kind: 'locality', country: 'Mali', coordinates: { lat: 1, lon: 1, precision: 'locality' }, coordinates_source: 'none' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('the place has coordinates, so their source cannot be "none"');
  });
});
