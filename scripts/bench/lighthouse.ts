// Lighthouse for the benchmark (issues 14 and 16): on a built site, mobile performance,
// accessibility, best practices and SEO of the home page, a chart page, an incident page and an
// embed, with CLS, LCP and TBT, against the target of 100 in every category. Offline: the site is
// served from disk on 127.0.0.1 and Debian's Chromium is driven locally; without Chromium the
// bench prints one line saying so instead of scores.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { serveStatic } from '../../test/helpers/serve.ts';
import { buildSiteCopy, removeSite } from '../../test/helpers/temp-site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const LIGHTHOUSE_TARGET = 100;
/**
 * Lighthouse's benchmark index of the phone its mobile run stands for (a Moto G Power 2022, the
 * user agent it sends; Chrome DevTools' CPU calibration uses the same figure). Lighthouse slows the
 * CPU 4× on the assumption of a desktop host of about 4 × this; on a slower or busy host (a shared
 * 2-core machine benchmarks at 300–600) a fixed 4× would measure a phone several times slower than
 * the one targeted, so the slowdown is the host's own index ÷ this, between 1 and 4 (Lighthouse's
 * advice: calibrate the multiplier to the host). The report prints both figures.
 */
const TARGET_DEVICE_INDEX = 264;

type Category = (typeof CATEGORIES)[number];
export type LighthousePage = {
  kind: 'home' | 'chart page' | 'incident page' | 'embed';
  route: string;
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** The audits that keep a category below 100, e.g. `seo/is-crawlable`. */
  failing: string[];
};
export type LighthouseRun = { label: string; skipped: string | null; benchmarkIndex: number; cpuSlowdown: number; load: number; pages: LighthousePage[] };

/** The four page types, chosen from the built tree: the incident page is the heaviest one. */
export function lighthousePages(dist: string): { kind: LighthousePage['kind']; route: string }[] {
  const dirs = (d: string) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(path.join(d, e.name, 'index.html'))).map((e) => e.name).sort() : []);
  const pick = (folder: string, preferred: string, filter: (n: string) => boolean = () => true) => {
    const names = dirs(path.join(dist, folder)).filter(filter);
    return names.includes(preferred) ? preferred : names[0];
  };
  const chart = pick('charts', 'casualties-by-perpetrator');
  const embed = pick('embed/v1', 'casualties-by-perpetrator');
  // Incident ids carry a year (the list pages /incidents/at|by|year|page/ do not).
  const incidents = dirs(path.join(dist, 'incidents')).filter((n) => /\d{4}/.test(n));
  const incident = incidents.sort((a, b) => statSync(path.join(dist, 'incidents', b, 'index.html')).size - statSync(path.join(dist, 'incidents', a, 'index.html')).size)[0];
  return [
    { kind: 'home', route: '/' },
    ...(chart ? [{ kind: 'chart page' as const, route: `/charts/${chart}/` }] : []),
    ...(incident ? [{ kind: 'incident page' as const, route: `/incidents/${incident}/` }] : []),
    ...(embed ? [{ kind: 'embed' as const, route: `/embed/v1/${embed}/` }] : []),
  ];
}

/**
 * The site as GitHub Pages sends it: test/helpers/serve.ts (directory indexes, redirects, 404s,
 * the CSP header) behind a front that gzips text, as Pages does. Uncompressed, a 55 KB page costs
 * Lighthouse's simulated slow 4G some 250 ms that no reader pays.
 */
async function serveGzipped(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const inner = await serveStatic(dist);
  const front = createServer(async (req, res) => {
    try {
      const r = await fetch(inner.origin + (req.url ?? '/'), { redirect: 'manual' });
      const body = Buffer.from(await r.arrayBuffer());
      const headers: Record<string, string> = {};
      r.headers.forEach((v, k) => {
        if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'connection') headers[k] = v;
      });
      const text = /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(r.headers.get('content-type') ?? '');
      const gzip = text && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const out = gzip ? gzipSync(body) : body;
      res.writeHead(r.status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), 'content-length': String(out.length) });
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await inner.close();
    },
  };
}

/** Serves `dist`, runs Lighthouse (mobile) on the four page types, one after another. */
export async function lighthouseSite(dist: string, label: string): Promise<LighthouseRun> {
  const run: LighthouseRun = { label, skipped: null, benchmarkIndex: 0, cpuSlowdown: 4, load: os.loadavg()[0]!, pages: [] };
  if (!existsSync(CHROMIUM)) return { ...run, skipped: `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)` };
  const server = await serveGzipped(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const audit = async (route: string, categories: readonly Category[], cpuSlowdownMultiplier?: number) => {
      const result = await lighthouse(server.origin + route, {
        port: chrome.port,
        logLevel: 'silent',
        output: 'json',
        onlyCategories: [...categories],
        ...(cpuSlowdownMultiplier ? { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
      return result.lhr;
    };
    // A first run warms the server and the browser and measures the host (its benchmark index).
    const warm = await audit('/', ['performance']);
    run.benchmarkIndex = Math.round(warm.environment.benchmarkIndex);
    run.cpuSlowdown = Math.round(Math.min(4, Math.max(1, run.benchmarkIndex / TARGET_DEVICE_INDEX)) * 10) / 10;
    for (const { kind, route } of lighthousePages(dist)) {
      const lhr = await audit(route, CATEGORIES, run.cpuSlowdown);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      // What keeps a category below 100 (a category at 100 may still have audits short of full marks).
      const failing = CATEGORIES.filter((c) => scores[c] < LIGHTHOUSE_TARGET).flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}/${ref.id}`),
      );
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      run.pages.push({ kind, route, scores, cls: num('cumulative-layout-shift'), lcpMs: Math.round(num('largest-contentful-paint')), tbtMs: Math.round(num('total-blocking-time')), failing });
    }
    const low = (p: LighthousePage) => Math.min(...CATEGORIES.map((c) => p.scores[c]));
    console.log(`  Lighthouse, ${label}: ${run.pages.map((p) => `${p.kind} ${low(p)}`).join(', ')} (lowest category of each; CPU slowdown ×${run.cpuSlowdown})`);
  } finally {
    chrome.kill();
    await server.close();
  }
  return run;
}

/** The real content (content/ of this project), built in a private copy, then measured. */
export async function lighthouseRealContent(root: string): Promise<LighthouseRun> {
  if (!existsSync(CHROMIUM)) return lighthouseSite(root, 'real content'); // says why it skipped
  const copy = await buildSiteCopy(path.join(root, 'content'), { prefix: 'bench-lighthouse-' });
  try {
    return await lighthouseSite(path.join(copy, 'dist'), 'real content');
  } finally {
    removeSite(copy);
  }
}

/** The report's Lighthouse table and one verdict line per run. */
export function lighthouseReport(runs: LighthouseRun[]): string {
  const out = ['Lighthouse, mobile (issues 14 and 16; target 100 in every category):', ''];
  for (const r of runs.filter((x) => x.skipped)) out.push(`- ${r.label}: skipped: ${r.skipped}`);
  const measured = runs.filter((x) => !x.skipped);
  if (measured.length) {
    out.push('| site | page | performance | accessibility | best practices | SEO | CLS | LCP | TBT | below 100 because of |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of measured) {
      for (const p of r.pages) {
        out.push(`| ${r.label} | ${p.kind} \`${p.route}\` | ${CATEGORIES.map((c) => p.scores[c]).join(' | ')} | ${p.cls.toFixed(3)} | ${p.lcpMs} ms | ${p.tbtMs} ms | ${p.failing.join(', ') || '—'} |`);
      }
    }
    out.push('');
    for (const r of measured) {
      const below = r.pages.filter((p) => CATEGORIES.some((c) => p.scores[c] < LIGHTHOUSE_TARGET));
      out.push(
        `- Lighthouse, ${r.label}: ${r.pages.length - below.length} of ${r.pages.length} pages at ${LIGHTHOUSE_TARGET} in every category (host benchmark index ${r.benchmarkIndex}, CPU slowdown ×${r.cpuSlowdown}, load ${r.load.toFixed(1)}): ${below.length === 0 ? 'met' : `MISSED (${below.map((p) => p.kind).join(', ')})`}`,
      );
    }
  }
  return out.join('\n');
}
