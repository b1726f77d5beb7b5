import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripFrontMatter } from '../../src/normalizer/strip-front-matter.js';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');

describe('stripFrontMatter', () => {
  it('removes the Jekyll front matter of seed 000', () => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith('000_')) ?? '';
    const seed = readFileSync(path.join(SEEDS, file), 'utf8');
    const stripped = stripFrontMatter(seed);
    expect(stripped).not.toMatch(/layout: post|^---/m);
    expect(stripped.trimStart().startsWith('Here')).toBe(true);
  });

  it('removes front matter leaked before HTML', () => {
    const body = '---\nlayout: post\ntitle: "x"\ncategories: [a, b]\n---\n<p>Body</p>';
    expect(stripFrontMatter(body)).toBe('<p>Body</p>');
  });

  it.each([
    '<p>No front matter</p>',
    '---\nJust a rule, then prose.\n---\nMore prose',
    '--- not front matter',
    '',
  ])('leaves %j unchanged', (body) => {
    expect(stripFrontMatter(body)).toBe(body);
  });
});
