// A quick measurement, not a test: how long buildSiteData takes on 500 generated articles.
// Run: node_modules/.bin/node test/pipeline/bench-validate.ts
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildSiteData } from '../../src/pipeline/build-site-data.ts';

const ARTICLES = 500;
const root = path.resolve(import.meta.dirname, '../..');
const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-validate-'));
await cp(path.join(root, 'test/fixtures/basic/actors'), path.join(dir, 'actors'), { recursive: true });
await cp(path.join(root, 'test/fixtures/basic/places'), path.join(dir, 'places'), { recursive: true });

const article = (n: number) => `---
id: bench-${n}
title: Bench article ${n}
summary: A generated article.
added: 2024-06-01
source:
  title: Report ${n}
  publisher: Wire
  published: 2024-05-20
  kind: media
  language: en
figures:
  - id: bench-${n}-total
    period: { quarter: 2024-Q${(n % 4) + 1} }
    perpetrator: all
    measure: killed
    where: [hombori]
    count: { qualifier: at-least, low: ${50 + n} }
  - id: bench-${n}-jnim
    period: { quarter: 2024-Q${(n % 4) + 1} }
    perpetrator: jnim
    measure: killed
    where: [hombori]
    share: { percent: 40, of: bench-${n}-total }
incidents:
  - id: incident-${n % 200}
    title: An attack
    date: 2024-0${(n % 4) + 1}-10
    place: hombori
    perpetrators: [jnim]
    description: Armed men attacked the village.
    claims:
      - kind: report
        by: Wire
        counts_of: civilians
        counts:
          killed: { qualifier: exact, best: 12 }
        statement: Twelve civilians were killed.
---
The total was {{figure:bench-${n}-total}}.
`;
await Promise.all(Array.from({ length: ARTICLES }, (_, n) => writeFile(path.join(dir, 'articles', `bench-${n}.md`), article(n)).catch(async () => {
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(dir, 'articles'), { recursive: true }));
  await writeFile(path.join(dir, 'articles', `bench-${n}.md`), article(n));
})));

for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  const { data, problems } = await buildSiteData(dir, dir);
  const ms = performance.now() - started;
  console.log(`run ${run}: ${ARTICLES} articles in ${ms.toFixed(0)} ms (${data ? 'valid' : 'errors'}, ${problems.length} problems)`);
}
if (!process.env.KEEP) await rm(dir, { recursive: true, force: true }); else console.log(dir);
