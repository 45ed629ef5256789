import { actorGeometry, type ActorGeometry } from './actor/geometry.ts';
import { casualtyGeometry, type CasualtyGeometry } from './casualties/geometry.ts';
import type { LayoutName } from './common.ts';
import type { ChartModel } from './model.ts';
import { timelineGeometry, type TimelineGeometry } from './timeline/geometry.ts';

export type Drawn =
  | { kind: 'casualties'; g: CasualtyGeometry }
  | { kind: 'timeline'; g: TimelineGeometry }
  | { kind: 'actor'; g: ActorGeometry };

/** The geometry of a chart in one layout: a pure function of the model's rows. */
export function drawChart(model: ChartModel, layout: LayoutName, base = '/'): Drawn {
  const d = model.drawing;
  switch (d.kind) {
    case 'casualties':
      return { kind: d.kind, g: casualtyGeometry(d.rows, { layout, base }) };
    case 'timeline':
      return { kind: d.kind, g: timelineGeometry(d.rows, { layout, base }) };
    case 'actor':
      return { kind: d.kind, g: actorGeometry(d.rows, d.category, { layout }) };
  }
}
