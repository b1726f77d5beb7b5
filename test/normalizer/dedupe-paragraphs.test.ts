import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertTextToHtml } from '../../src/normalizer/convert-text-to-html.js';
import { dedupeParagraphs } from '../../src/normalizer/dedupe-paragraphs.js';
import { htmlToText } from '../../src/normalizer/html-to-text.js';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');

describe('dedupeParagraphs', () => {
  it('keeps one copy of each paragraph of seed 001 (every paragraph printed twice)', () => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith('001_')) ?? '';
    const html = dedupeParagraphs(convertTextToHtml(readFileSync(path.join(SEEDS, file), 'utf8')));
    const lines = htmlToText(html).split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((l) => l.startsWith('In his first public address')).length).toBe(1);
  });

  it('treats whitespace, case and markup variants as copies', () => {
    const html =
      '<p>The court sentenced him to three years.</p>\n<p>the court  sentenced him\nto <b>three</b> YEARS.</p>';
    expect(dedupeParagraphs(html)).toBe('<p>The court sentenced him to three years.</p>');
  });

  it('keeps short repeated blocks and distinct paragraphs', () => {
    const html = '<p>Photo: AP</p>\n<p>A first long paragraph here.</p>\n<p>Photo: AP</p>';
    expect(dedupeParagraphs(html)).toBe(html);
  });
});
