import { csvFormatRow, csvFormatValue } from 'd3-dsv';
import type { z } from 'zod';
import type { SiteData } from '../model/records.ts';
import { neutraliseFormula } from '../lib/csv-cell.ts';
import { columnMeta } from './column.ts';
import { ROWS } from './rows.ts';
import { DATA_CONTRACT_VERSION, TABLES } from './tables.ts';

type Cell = string | number | boolean | null | readonly string[];

/**
 * A cell as CSV text: empty for null, ";"-joined lists, numbers as plain digits. Text (and lists)
 * that a spreadsheet would run as a formula gets a leading apostrophe (src/lib/csv-cell.ts); the
 * JSON files keep the text as it is. Numbers are never prefixed, so a numeric column stays
 * numeric: the content rules admit no negative number, and if one ever appeared, "-5" is read by
 * a spreadsheet as the number −5, not as a formula.
 */
export function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  return neutraliseFormula(Array.isArray(value) ? value.join(';') : (value as string));
}

export function columnsOf(row: z.ZodObject): string[] {
  return Object.keys(row.shape);
}

/**
 * Output text made in pieces: a large file is written and hashed piece by piece, so no file's
 * whole text is ever one string (at 10,000 articles some tables are 40 million characters).
 * A piece is one row (or a separator), never a batch joined into one large string: the writer
 * packs the pieces' UTF-8 straight into one reused buffer (src/datasets/write-atomic.ts, encode).
 * Joining rows first cost more than serialising them, at 10,000 articles, because a join copies
 * every row and one non-Latin-1 character makes the whole joined text two bytes a character.
 */
export type Chunks = Iterable<string>;
export const joinChunks = (chunks: string | Chunks): string => (typeof chunks === 'string' ? chunks : [...chunks].join(''));

/** CSV with d3-dsv, header from the row schema, so a column cannot be written that is not documented. */
export function toCsv(row: z.ZodObject, rows: readonly Record<string, Cell>[]): string {
  return joinChunks(csvChunks(row, rows));
}

/** toCsv's text line by line, each line with its newline: the bytes of csvFormatRows plus "\n". */
export function* csvChunks(row: z.ZodObject, rows: readonly Record<string, Cell>[]): Generator<string> {
  const columns = columnsOf(row);
  yield `${csvFormatRow(columns)}\n`;
  // Each cell through d3-dsv's own quoting (what csvFormatRows does), joined as it joins them.
  for (const r of rows) yield `${columns.map((c) => csvFormatValue(cell(r[c] ?? null))).join(',')}\n`;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A JSON array with one row per line: compact for large downloads, still readable in a diff. */
export function toJsonRows(rows: readonly unknown[]): string {
  return joinChunks(jsonRowChunks(rows));
}

/** toJsonRows's text row by row (each row, then its separator). */
export function* jsonRowChunks(rows: readonly unknown[]): Generator<string> {
  if (rows.length === 0) return yield '[]\n';
  yield '[\n';
  for (let i = 0; i < rows.length; i++) {
    yield JSON.stringify(rows[i]);
    yield i + 1 < rows.length ? ',\n' : '\n]\n';
  }
}

/** JSON.stringify(array) + a newline, element by element (the same bytes). */
export function* compactJsonArrayChunks(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) return yield '[]\n';
  yield '[';
  for (let i = 0; i < items.length; i++) {
    yield JSON.stringify(items[i]) ?? 'null';
    yield i + 1 < items.length ? ',' : ']\n';
  }
}

/**
 * Every row must carry exactly the contract's columns. The row builders are typed from the same
 * zod schemas, so a full zod parse of every row here would only repeat the compiler's work at a
 * fifth of the data step's time; test/datasets parses every row of the real content with zod.
 */
function checkColumns(table: string, columns: readonly string[], rows: readonly Record<string, Cell>[]): void {
  const expected = columns.join(',');
  for (const [i, r] of rows.entries()) {
    const keys = Object.keys(r);
    // Key by key: no string is built for a row that matches.
    if (keys.length !== columns.length || keys.some((k, j) => k !== columns[j])) {
      throw new Error(`${table} row ${i} does not match the data contract: columns ${keys.join(',')} (expected ${expected})`);
    }
  }
}

/** Every public file, by path under /data/, as text: the same input always gives the same bytes. */
export function publicDataFiles(data: SiteData): Map<string, string> {
  return new Map([...publicDataEntries(data)].map(([name, text]) => [name, joinChunks(text)]));
}

/**
 * The public files one at a time (each table's CSV, then its JSON), each as text in pieces, so a
 * writer holds one piece at a time; each table's rows are built once for both.
 */
export function* publicDataEntries(data: SiteData): Generator<[string, string | Chunks]> {
  for (const table of TABLES) {
    const rows = ROWS[table.name](data) as unknown as Record<string, Cell>[];
    checkColumns(table.name, columnsOf(table.row), rows);
    yield [`${table.name}.csv`, csvChunks(table.row, rows)];
    yield [`${table.name}.json`, jsonRowChunks(rows)];
  }
  yield ['datapackage.json', toJson(dataPackage(data))];
}

export function dataPackage(data: SiteData) {
  return {
    profile: 'tabular-data-package',
    name: 'mali-civilian-harm',
    title: 'Civilian harm in Mali: incidents, reported figures and sources',
    version: DATA_CONTRACT_VERSION,
    description: 'Generated by scripts/build-data.ts; do not edit. Counts keep the bounds the sources give (low/best/high with a qualifier); derived numbers are flagged.',
    updated: data.updated,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    // The maps' boundary layer is third-party data with its own licence and attribution.
    sources: [{ title: 'geoBoundaries gbOpen MLI: administrative boundaries of Mali (used for the maps)', path: 'https://www.geoboundaries.org', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }] }],
    resources: TABLES.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        primaryKey: t.primaryKey,
        missingValues: [''],
        fields: Object.entries(t.row.shape).map(([name, schema]) => {
          const m = columnMeta(schema as z.ZodType);
          return {
            name,
            type: m.fieldType,
            description: m.description,
            ...(m.enum ? { constraints: { enum: [...m.enum] } } : {}),
          };
        }),
      },
    })),
  };
}
