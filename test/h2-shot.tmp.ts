import { launchChromium } from './helpers/browser.ts';
import { serveStatic } from './helpers/serve.ts';
const [server, browser] = await Promise.all([serveStatic(process.env.DIST ?? 'dist'), launchChromium()]);
const [width, ...routes] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 800 } });
const page = await ctx.newPage();
for (const route of routes) {
  await page.goto(server.origin + route, { waitUntil: 'load' });
  const y = process.env.SEL ? await page.evaluate((sel) => document.querySelector(sel)!.getBoundingClientRect().top + scrollY - 40, process.env.SEL) : Number(process.env.Y ?? 0);
  const f = `/tmp/h2-synth/shot-${route.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`;
  await page.screenshot({ path: f, fullPage: true, clip: { x: 0, y, width: Number(width), height: 1100 } });
  console.log(f);
}
await browser.close(); await server.close();
