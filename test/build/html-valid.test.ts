import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { htmlFiles, routeOf } from '../helpers/site-pages.ts';

// Every built page, with the recommended rules (relaxations and their reasons: README.md here).
const config = JSON.parse(readFileSync(path.join(import.meta.dirname, 'htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const dist = distDir();

describe('the built HTML passes html-validate', () => {
  it.each(htmlFiles(dist).map((f) => [routeOf(dist, f), f]))('%s', async (_route, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]`));
    expect(errors).toEqual([]);
  });
});
