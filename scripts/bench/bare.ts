// The floor the data step is measured against: read every content file, parse its front matter
// with gray-matter and validate it with the zod schemas, nothing else (no records, no output).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { ActorInput } from '../../src/schema/actor.ts';
import { ArticleFrontMatter } from '../../src/schema/article.ts';
import { PlaceInput } from '../../src/schema/place.ts';

export async function bareParse(content: string): Promise<{ files: number; invalid: number }> {
  let files = 0;
  let invalid = 0;
  const folders: [string, z.ZodType][] = [['articles', ArticleFrontMatter], ['actors', ActorInput], ['places', PlaceInput]];
  for (const [folder, schema] of folders) {
    const dir = path.join(content, folder);
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
      const text = await readFile(path.join(dir, name), 'utf8');
      files++;
      if (!schema.safeParse(matter(text).data).success) invalid++;
    }
  }
  return { files, invalid };
}
