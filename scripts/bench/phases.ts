// Where a build's time goes, read from its own log (`npm run build` output): the data step (its
// "Data built in …"/"Data unchanged … in …" line), Vite's bundling ("[vite] ✓ built in"), page
// generation ("✓ Completed in" after "generating static routes"), the rest of Astro (setup, the
// sitemap), Pagefind (scripts/build-site.ts prints its time), and how many pages Astro rendered
// and how many it copied from its incremental cache ("(cached)"/"(restored)").
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export type Phases = { dataMs: number | null; bundleMs: number; generateMs: number | null; astroMs: number | null; pagefindMs: number | null; rendered: number; reused: number };

/** "3m 48s", "27.79s", "196ms" → milliseconds. */
export function durationMs(text: string): number {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
  if (text.trim().endsWith('ms')) return Number.parseFloat(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Math.round((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000);
}

/**
 * The pages Astro copied from its incremental cache instead of rendering (its "(cached)" and
 * "(restored)" lines). Astro colours its log whenever the environment asks for colour (FORCE_COLOR,
 * as CI runners set), even into a pipe, so colour codes are removed before matching.
 */
export function reusedPages(log: string): Set<string> {
  return reusedIn(stripVTControlCharacters(log));
}

const reusedIn = (plainLog: string) => new Set([...plainLog.matchAll(/[├└]─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!));

export function buildPhases(colouredLog: string): Phases {
  const log = stripVTControlCharacters(colouredLog);
  const one = (re: RegExp) => {
    const m = re.exec(log);
    return m ? durationMs(m[1]!) : null;
  };
  const data = /^Data (?:built|unchanged).* in (\d+) ms/m.exec(log);
  const afterGenerating = log.slice(Math.max(0, log.indexOf('generating static routes')));
  return {
    dataMs: data ? Number(data[1]) : null,
    bundleMs: [...log.matchAll(/\[vite\] ✓ built in (\S+)$/gm)].reduce((s, m) => s + durationMs(m[1]!), 0),
    generateMs: (() => {
      const m = log.includes('generating static routes') ? /^\S+ ✓ Completed in (.+)\.$/m.exec(afterGenerating) : null;
      return m ? durationMs(m[1]!) : null;
    })(),
    astroMs: one(/\[build\] \d+ page\(s\) built in (.+)$/m),
    pagefindMs: (() => {
      const m = /^Pagefind indexed .* in (\d+) ms/m.exec(log);
      return m ? Number(m[1]) : null;
    })(),
    rendered: [...log.matchAll(/[├└]─ \S+ \(\+[\d.]+m?s\)/g)].length,
    reused: reusedIn(log).size,
  };
}

const sec = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

/** One line per build: its phases and pages rendered/reused. */
export function phasesLine(label: string, totalMs: number, p: Phases): string {
  const otherAstro = p.astroMs !== null && p.generateMs !== null ? p.astroMs - p.bundleMs - p.generateMs : null;
  return `| ${label} | ${sec(totalMs)} | ${sec(p.dataMs)} | ${sec(p.bundleMs)} | ${sec(p.generateMs)} | ${sec(otherAstro)} | ${sec(p.pagefindMs)} | ${p.rendered.toLocaleString('en')} | ${p.reused.toLocaleString('en')} |`;
}

export const PHASES_HEADER = ['| build | total | data step | Vite bundling | page generation | rest of Astro (setup, sitemap) | Pagefind | files rendered | files reused |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];

if (import.meta.main) {
  const file = process.argv[2]!;
  console.log([...PHASES_HEADER, phasesLine(file, 0, buildPhases(readFileSync(file, 'utf8')))].join('\n'));
}
