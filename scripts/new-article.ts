// npm run new -- --title "…" --publisher "…" --date 2024-12
// Writes content/articles/<slug>.md: a new article with every field laid out and commented.
// Missing values are asked for when run in a terminal.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { articleSlug, articleTemplate, uniqueSlug } from '../src/pipeline/article-template.ts';
import { PartialDate } from '../src/schema/date.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
    added: { type: 'string' },
    content: { type: 'string', default: 'content' },
    root: { type: 'string', default: process.cwd() },
  },
});

const questions = { title: "The source's title", publisher: 'Its publisher (e.g. Human Rights Watch)', date: 'Its publication date (YYYY-MM-DD, YYYY-MM or YYYY)' } as const;
const answers: Record<keyof typeof questions, string> = { title: values.title ?? '', publisher: values.publisher ?? '', date: values.date ?? '' };
const missing = (Object.keys(questions) as (keyof typeof questions)[]).filter((k) => !answers[k].trim());
if (missing.length && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const k of missing) {
    while (!answers[k].trim()) answers[k] = await rl.question(`${questions[k]}: `);
  }
  rl.close();
} else if (missing.length) {
  console.error(`Missing ${missing.map((k) => `--${k}`).join(', ')}.\nUsage: npm run new -- --title "Report title" --publisher "Publisher" --date 2024-12`);
  process.exit(2);
}

const published = PartialDate.safeParse(answers.date.trim());
if (!published.success) {
  console.error(`The date "${answers.date}" is not YYYY-MM-DD, YYYY-MM or YYYY (a real date, only as precise as the source).`);
  process.exit(2);
}
const root = path.resolve(values.root!);
const dir = path.resolve(root, values.content!, 'articles');
const id = uniqueSlug(articleSlug(answers.publisher, published.data, answers.title), (slug) => existsSync(path.join(dir, `${slug}.md`)));
const added = values.added ?? new Date().toISOString().slice(0, 10);
const file = path.join(dir, `${id}.md`);
await mkdir(dir, { recursive: true });
await writeFile(file, articleTemplate({ id, title: answers.title.trim(), publisher: answers.publisher.trim(), published: published.data, added }), { flag: 'wx' });
console.log(`Wrote ${path.relative(root, file)}. Fill in the empty fields, then run: npm run validate`);
