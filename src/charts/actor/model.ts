import type { SiteData } from '../../model/records.ts';
import { CATEGORY_LABELS } from '../../schema/category.ts';
import { MEASURE_LABELS } from '../../schema/measure.ts';
import { formatCount } from '../../format/count.ts';
import { formatSpan } from '../../format/date.ts';
import { sitePath } from '../common.ts';
import { chartSources, rowSourceWords, type ChartModel } from '../model.ts';
import type { CategoryId } from '../../schema/category.ts';
import { ACTOR_CSV_COLUMNS, actorCsvRecords, actorRows, type ActorRow } from './rows.ts';

export type ActorSpec = { id: string; kind: 'actor'; actorId: string; alternates: string[] };
export type ActorDrawing = { rows: ActorRow[]; category: CategoryId };

export function actorModel(data: SiteData, spec: ActorSpec, base: string): ChartModel<ActorSpec, ActorDrawing> {
  const actor = data.actors.find((a) => a.id === spec.actorId);
  if (!actor) throw new Error(`no actor ${spec.actorId}`);
  const rows = actorRows(actor, data.figures);
  const category = CATEGORY_LABELS[actor.category];
  const own = rows.filter((r) => r.scope === 'actor');
  const takeaway = rows.length
    ? `${own.length} figure${own.length === 1 ? '' : 's'} name ${actor.name}; ${rows.length - own.length} more cover the whole ${category.toLowerCase()} category.`
    : `No reported figures name ${actor.name} or its category yet.`;
  const articlePath = (id: string) => sitePath(base, `articles/${id}/`);
  const rowSources = rows.map((r) => chartSources(data, [r.source_id], articlePath));
  return {
    spec,
    drawing: { rows, category: actor.category },
    title: `Figures for ${actor.name} over time`,
    takeaway,
    description: `Small charts, one per measure, of the figures reported for ${actor.name} (solid) and for its whole category, ${category} (faint), each drawn over the period it covers. ${takeaway}`,
    notes: [
      `Solid lines: figures a source attributes to ${actor.name}. Faint lines: figures for the whole ${category.toLowerCase()} category, which include other actors.`,
      'Each line spans the period the figure covers; its height is the number (best estimate, else the lower bound). Measures are charted separately.',
      'Dashed extension upwards: "at least" or "more than". Hollow dot, and † after a printed value: derived by this site. Whisker: the range given. Printed values are the figures as stated.',
    ],
    sources: chartSources(data, rows.map((r) => r.source_id), articlePath),
    updated: data.updated,
    table: {
      caption: `Figures for ${actor.name}`,
      columns: ['Period', 'Measure', 'As reported', 'Covers', 'Basis', 'Source'],
      rows: rows.map((r, i) => [
        formatSpan(r),
        MEASURE_LABELS[r.measure],
        formatCount(r.count),
        r.scope === 'actor' ? actor.name : `${category} (whole category)`,
        r.derived ? 'derived' : 'reported',
        rowSourceWords(rowSources[i]!, 'the figure’s article page'),
      ]),
      rowSources,
    },
    csvRecords: actorCsvRecords(rows),
    csvColumns: ACTOR_CSV_COLUMNS,
    csvPath: sitePath(base, `charts/${spec.id}.csv`),
  };
}
