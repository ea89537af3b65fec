import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rawArticleSchema, relatedRefSchema } from './schema';

const root = process.cwd();
const schemaSource = fs.readFileSync(path.join(root, 'pipeline/content/schema.ts'), 'utf8');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The field names the content schema reads, nested mappings as `seo.title`. */
function schemaFields(): string[] {
  return Object.entries(rawArticleSchema.shape).flatMap(([key, field]) =>
    field instanceof z.ZodObject ? Object.keys(field.shape).map((inner) => `${key}.${inner}`) : [key],
  );
}

/** The first cell of each row of the README's "Field by field" table, split on commas (`title`, `article_title`). */
function readmeFields(): string[] {
  const table = readme.slice(readme.indexOf('Field by field:')).split('\n\n')[1] ?? '';
  return table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
}

// A new field whose README row is still to be written (README.md is edited by its maintainer; docs/ describes it).
const README_PENDING = ['practice'];

describe('the field documentation', () => {
  it('gives every field of the zod schemas a doc comment', () => {
    const shapes = [rawArticleSchema.shape, relatedRefSchema.shape].flatMap((shape) => Object.keys(shape));
    const undocumented = shapes.filter((key) => !new RegExp(`/\\*\\*[^\\n]*\\*/\\n\\s+${key}: `).test(schemaSource));
    expect(undocumented).toEqual([]);
  });

  it("has a README row for every field the schema reads, and no row for a field it doesn't", () => {
    const documented = readmeFields();
    const expected = [...schemaFields(), 'related_article1..5'];
    expect(expected.filter((field) => !documented.includes(field) && !README_PENDING.includes(field))).toEqual([]);
    expect(documented.filter((field) => !expected.includes(field))).toEqual([]);
  });
});
