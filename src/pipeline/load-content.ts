import path from 'node:path';
import type { z } from 'zod';
import { ActorInput } from '../schema/actor.ts';
import { ArticleFrontMatter } from '../schema/article.ts';
import { PlaceInput } from '../schema/place.ts';
import { articleDateProblems, buildDay } from './date-domain.ts';
import { parseFrontMatter, type ParsedFile } from './front-matter.ts';
import { numberDomainProblems } from './number-domain.ts';
import type { Problem } from './problem.ts';
import { listContent, readTextFile } from './read-files.ts';
import { objectKeysAt, zodProblems } from './zod-problems.ts';

export type Loaded<T> = { file: string; data: T; parsed: ParsedFile };

export type LoadedContent = {
  articles: Loaded<ArticleFrontMatter>[];
  actors: Loaded<ActorInput>[];
  places: Loaded<PlaceInput>[];
};

/** The content folders, relative to the content root, and the schema each one's files follow. */
export const CONTENT_FOLDERS = {
  articles: 'articles',
  actors: 'actors',
  places: 'places',
} as const;

export type LoadOptions = {
  /** The day of the build, YYYY-MM-DD: no date may be after it. Default: buildDay(). */
  today?: string;
};

/**
 * Reads and validates every content file. Each file is checked on its own here; references
 * between files are checked later. Every problem is collected: none stops the others. Every
 * entry under contentDir is either read or reported (read-files.ts).
 */
export async function loadContent(root: string, contentDir: string, opts: LoadOptions = {}): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const today = opts.today ?? buildDay();
  const { files: listed, problems } = await listContent(contentDir, root, Object.values(CONTENT_FOLDERS));
  const load = async <S extends z.ZodType>(folder: string, schema: S): Promise<Loaded<z.infer<S>>[]> => {
    const out: Loaded<z.infer<S>>[] = [];
    const files = listed.get(folder) ?? [];
    // The top-level fields, so a field that ended up below the closing --- is recognised.
    const fields = objectKeysAt(schema, []);
    // Read all files at once (the disk is the slow part), then check them in their stable order.
    const reads = await Promise.all(files.map((absolute) => readTextFile(absolute, root)));
    for (const [k, absolute] of files.entries()) {
      const { text, problems: readProblems } = reads[k]!;
      problems.push(...readProblems);
      if (!text) continue;
      const { parsed, problems: fmProblems } = parseFrontMatter(text.file, text.text, { fields });
      problems.push(...fmProblems);
      if (!parsed) continue;
      // NaN, infinities, -0 and inexact integers, on whatever field: one clear problem each.
      const numbers = numberDomainProblems(parsed);
      problems.push(...numbers.problems);
      const result = schema.safeParse(parsed.data, { reportInput: true });
      if (!result.success) {
        problems.push(...zodProblems(parsed, schema, result.error.issues, parsed.data).filter((p) => !numbers.fields.has(p.field)));
        continue;
      }
      const data = result.data as z.infer<S> & { id: string };
      const stem = path.basename(absolute, '.md');
      if (data.id !== stem) {
        const pos = parsed.locate(['id']);
        problems.push({
          severity: 'error',
          file: text.file,
          line: pos?.line ?? null,
          column: pos?.column ?? null,
          field: 'id',
          message: 'the id must match the file name',
          expected: `"${stem}" (the file is ${stem}.md)`,
          found: `"${data.id}"`,
          hint: `rename the file to ${data.id}.md, or set id: ${stem}`,
        });
        continue;
      }
      if (folder === CONTENT_FOLDERS.articles) problems.push(...articleDateProblems(parsed, schema, data as unknown as ArticleFrontMatter, today));
      out.push({ file: text.file, data, parsed });
    }
    return out;
  };
  const articles = await load(CONTENT_FOLDERS.articles, ArticleFrontMatter);
  const actors = await load(CONTENT_FOLDERS.actors, ActorInput);
  const places = await load(CONTENT_FOLDERS.places, PlaceInput);
  return { content: { articles, actors, places }, problems };
}
