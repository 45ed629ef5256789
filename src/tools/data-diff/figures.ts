import type { ClaimRecord, FigureRecord, SiteData } from '../../model/records.ts';
import { diffSection, type Section } from './section.ts';
import { claimFields, claimSummary, countText, denialsText, list, span } from './words.ts';

/** Figures (each source's number for a period) and figure claims (denials and counter-claims of them). */

function figureFields(f: FigureRecord): Record<string, string> {
  return {
    count: `${countText(f.count)}${f.derived ? ' (derived)' : ''}`,
    period: f.quarter ?? span(f.period),
    perpetrator: f.perpetrator_id ?? f.perpetrator_category,
    actors: list(f.actor_ids),
    measure: f.measure,
    report: f.report_id,
    definition: f.definition ?? '—',
    share: f.share_percent === null ? '—' : `${f.share_percent}% of ${f.share_of ?? 'an unstated total'}`,
    where: f.where.join(', ') || 'all of Mali',
    lead: f.lead ?? '—',
    'denied by': denialsText(f.denials),
  };
}

const figureSummary = (f: FigureRecord) =>
  `${f.measure}, ${f.perpetrator_id ?? f.perpetrator_category}, ${f.quarter ?? span(f.period)}: ${countText(f.count)}${f.derived ? ' (derived)' : ''}`;

export function diffFigures(before: SiteData, after: SiteData): Section {
  return diffSection(before.figures, after.figures, { key: (f) => f.id, fields: figureFields, summary: figureSummary, source: (f) => f.source_id });
}

export function diffFigureClaims(before: SiteData, after: SiteData): Section {
  return diffSection<ClaimRecord>(before.figure_claims, after.figure_claims, { key: (c) => c.id, fields: claimFields, summary: claimSummary, source: (c) => c.source_id });
}
