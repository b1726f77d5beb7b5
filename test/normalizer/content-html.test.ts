import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildContentHtml,
  convertTextToHtml,
  convertTextToSafeHtml,
  dedupeParagraphs,
  isPlainText,
  joinBlocks,
  removeLeadingHeadline,
  splitBlocks,
  stripFrontMatter,
} from '../../src/normalizer/content-html.js';
import { htmlToText } from '../../src/normalizer/html-to-text.js';
import { repairMojibake } from '../../src/normalizer/repair-mojibake.js';
import { sanitizeContent } from '../../src/normalizer/sanitize-content.js';
import { readNewsroomItems } from './helpers/read-newsroom-items.js';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');
const TITLE = 'Belarusian Activist Appeals to Trump for Political Prisoner Release';

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

describe('splitBlocks', () => {
  it('splits top-level blocks and inline runs, keeping nested blocks whole', () => {
    const html =
      'lead <b>text</b><p>one</p><div><p>a</p><p>b</p></div>tail<hr /><ul><li>x</li></ul>';
    expect(splitBlocks(html)).toEqual([
      'lead <b>text</b>',
      '<p>one</p>',
      '<div><p>a</p><p>b</p></div>',
      'tail',
      '<hr />',
      '<ul><li>x</li></ul>',
    ]);
  });

  it('round-trips with joinBlocks up to whitespace between blocks', () => {
    expect(joinBlocks(splitBlocks('<p>a</p>  <p>b</p>'))).toBe('<p>a</p>\n<p>b</p>');
  });
});

describe('convertTextToHtml', () => {
  it('makes one escaped paragraph per line and bolds a **line**', () => {
    expect(convertTextToHtml('First & <one>\n\n**Headline**\r\nLast')).toBe(
      '<p>First &amp; &lt;one&gt;</p>\n<p><strong>Headline</strong></p>\n<p>Last</p>',
    );
  });

  it('tells plain text from HTML', () => {
    expect(isPlainText('a < b\nc & d')).toBe(true);
    expect(isPlainText('<p>a</p>')).toBe(false);
    expect(isPlainText('text<br/>more')).toBe(false);
  });
});

describe('removeLeadingHeadline', () => {
  it('removes the title repeated in bold at the top', () => {
    const html = `<p><strong>${TITLE}</strong></p>\n<p>Body text.</p>`;
    expect(removeLeadingHeadline(html, TITLE)).toBe('<p>Body text.</p>');
  });

  it('removes a plain or heading copy after a short dek, every copy of it', () => {
    const html = `<p>A dek.</p>\n<h2>${TITLE}</h2>\n<p>**${TITLE}**</p>\n<p>Body.</p>`;
    expect(removeLeadingHeadline(html, TITLE)).toBe('<p>A dek.</p>\n<p>Body.</p>');
  });

  it('keeps a paragraph that only starts with the title, and copies further down', () => {
    const html = `<p>${TITLE}, said the agency.</p>\n<p>a</p>\n<p>b</p>\n<p>${TITLE}</p>`;
    expect(removeLeadingHeadline(html, TITLE)).toBe(html);
  });
});

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

describe('buildContentHtml', () => {
  it('removes the headline, then repeats, as the two steps do one after the other', async () => {
    const bodies = (await readNewsroomItems()).map(({ item }) => ({
      raw: item.contentHtml?.trim() ? item.contentHtml : (item.summaryHtml ?? ''),
      title: item.title ?? '',
    }));
    // A headline copy among the first blocks, then a repeated paragraph: both paths run.
    const repeated = 'A paragraph long enough to be compared with its copy.';
    bodies.push({
      raw: `<p><b>The title</b></p><p>${repeated}</p><p>${repeated}</p>`,
      title: 'The title',
    });
    let changed = 0;
    for (const { raw, title } of bodies) {
      const html = isPlainText(repairMojibake(stripFrontMatter(raw)))
        ? convertTextToHtml(repairMojibake(stripFrontMatter(raw)))
        : repairMojibake(stripFrontMatter(raw));
      const safe = sanitizeContent(html, 'https://example.org/');
      const expected = dedupeParagraphs(removeLeadingHeadline(safe, title));
      expect(buildContentHtml(raw, title, 'https://example.org/')).toBe(expected);
      if (expected !== safe) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });
});

describe('convertTextToSafeHtml', () => {
  it.each([
    'Plain line\n\n**Bold line**\nAnother & more < less > "quoted" it\'s',
    'Entities: &amp;lt; &#39; &quot; &nbsp;x &not &notin; &#0; &#xD800; &#128;',
    'Controls \u0000 \r \f \u0085 \u2028 \ufeff and halves \ud800 \udc00 😀',
    '<3 and < p> and </ or <! are text; &amp;amp; stays escaped once',
    '   \r\n  ',
  ])('writes what the sanitizer makes of the converted text: %j', (text) => {
    expect(convertTextToSafeHtml(text)).toBe(
      sanitizeContent(convertTextToHtml(text), 'https://example.org/'),
    );
  });
});
