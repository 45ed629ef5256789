import type { SiteData } from '../../model/records.ts';
import type { Problem } from '../../pipeline/problem.ts';
import { articleTextMarkdown, diffArticleText, type ArticleTextChange } from './articles.ts';
import type { ChartsOf } from './chart-marks.ts';
import { chartsMarkdown, chartsSize, diffCharts, type ChartsDiff } from './charts.ts';
import { diffActors, diffPlaces, diffReportDenials, diffReports } from './entities.ts';
import { diffFigureClaims, diffFigures } from './figures.ts';
import { diffIncidentClaims, diffIncidents } from './incidents.ts';
import { code } from './markdown.ts';
import { sectionMarkdown, sectionSize, type Section } from './section.ts';
import { diffWarnings, warningsMarkdown, type WarningsDiff } from './warnings.ts';

/**
 * What a pull request changes in the published data, for its reviewers: every record added,
 * removed or changed (each source's claims as stated, not only merged results), the values the
 * charts draw before and after, sentences that change in articles the pull request does not
 * edit, and the validator's new and cleared warnings. Pure: both builds are made elsewhere
 * (scripts/data-diff.ts builds both with the current code).
 */
export type Build = { data: SiteData; problems: readonly Problem[] };

export type DataDiff = {
  figures: Section;
  figureClaims: Section;
  incidents: Section;
  incidentClaims: Section;
  reports: Section;
  reportDenials: Section;
  places: Section;
  actors: Section;
  charts: ChartsDiff;
  articleText: ArticleTextChange[];
  warnings: WarningsDiff;
};

export type DiffOptions = {
  /** What each chart draws (chart-marks.ts `registryCharts`); without it, charts are not compared. */
  charts?: ChartsOf;
  /** Ids of the articles the change edits (files.ts); their own text is not listed. */
  edited?: ReadonlySet<string>;
};

export function diffBuilds(before: Build, after: Build, options: DiffOptions = {}): DataDiff {
  const [a, b] = [before.data, after.data];
  return {
    figures: diffFigures(a, b),
    figureClaims: diffFigureClaims(a, b),
    incidents: diffIncidents(a, b),
    incidentClaims: diffIncidentClaims(a, b),
    reports: diffReports(a, b),
    reportDenials: diffReportDenials(a, b),
    places: diffPlaces(a, b),
    actors: diffActors(a, b),
    charts: diffCharts(a, b, options.charts ?? (() => [])),
    articleText: diffArticleText(a, b, options.edited ?? new Set()),
    warnings: diffWarnings(before.problems, after.problems),
  };
}

const SECTIONS = [
  ['figures', 'Figures', 'source'],
  ['figureClaims', 'Figure claims (counter-claims and denials of figures)', 'source'],
  ['incidents', 'Incidents (as the site shows them, from every claim)', 'sources'],
  ['incidentClaims', 'Incident claims (as each source states them)', 'source'],
  ['reports', 'Reports and their accounts', 'accounts'],
  ['reportDenials', 'Denials of a whole report', 'source'],
  ['places', 'Places', 'file'],
  ['actors', 'Actors', 'file'],
] as const;

export function isEmpty(d: DataDiff): boolean {
  const sections = SECTIONS.reduce((n, [k]) => n + sectionSize(d[k]), 0);
  return sections + chartsSize(d.charts) + d.articleText.length + d.warnings.added.length + d.warnings.cleared.length === 0;
}

/** The Markdown for a pull request's job summary; every piece of content in it is escaped. */
export function diffMarkdown(d: DataDiff, ref: string): string {
  const lines = [`## Data changes against ${code(ref)}`, '', 'Both sides are built by the current code from their own `content/`, so this shows what the content change does.', ''];
  if (isEmpty(d)) return [...lines, 'No change to the published data.', ''].join('\n');
  for (const [k, title, label] of SECTIONS) lines.push(...sectionMarkdown(title, d[k], label));
  lines.push(...chartsMarkdown(d.charts), ...articleTextMarkdown(d.articleText), ...warningsMarkdown(d.warnings));
  return lines.join('\n');
}
