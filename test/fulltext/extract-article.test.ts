import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/fetcher/html-charset.js';
import { ExtractError, extractArticle } from '../../src/worker/extract-article.js';
import { FIXTURES } from '../helpers/temp-config.js';
import { BOILERPLATE } from './teaser-site.js';

const DIR = join(FIXTURES, 'fulltext');

function readPage(name: string): string {
  return decodeHtmlBytes(readFileSync(join(DIR, name)), 'text/html').text;
}

const URL = 'https://news.example/world/2025/06/story.html';

describe('extractArticle', () => {
  const pages: [string, string, string[]][] = [
    [
      'site/homiel-colony.html',
      'Another year added in a colony case in Homiel',
      [
        'The regional court in Homiel added another year to the sentence of Aliaksei Varabei',
        'Rights defenders recognised him as a political prisoner soon after his arrest.',
        "The court's press office did not answer a request for comment.",
      ],
    ],
    [
      'site/letters-stopped.html',
      'The letters stopped coming in March',
      [
        'For almost two years, the letters from Hanna Lisichka arrived every week',
        'They are keeping her incommunicado, and nobody will tell us why.',
        'The prison service did not respond to questions sent by email.',
      ],
    ],
    [
      'site/grodno-verdict.html',
      'Приговор вынесен в Гродно',
      [
        'Гродненский областной суд приговорил блогера Сергея Кравца к пяти годам колонии',
        '«Он держится, но ему очень тяжело», — сказала она после оглашения приговора.',
        'Приговор еще не вступил в законную силу, защита намерена его обжаловать.',
      ],
    ],
  ];

  it.each(pages)(
    'keeps the article of %s, first paragraph to last, and nothing around it',
    (name, title, kept) => {
      const article = extractArticle(readPage(name), URL, title);
      for (const sentence of kept) expect(article.text).toContain(sentence);
      for (const phrase of BOILERPLATE) expect(article.contentHtml).not.toContain(phrase);
      expect(article.text.startsWith(kept[0] ?? '')).toBe(true);
      expect(article.text.endsWith(kept[2] ?? '')).toBe(true);
    },
  );

  it('drops a sign-up box inside the article body, which Readability alone keeps', () => {
    const html = readPage('site/letters-stopped.html');
    expect(html).toContain('Get the Evening Post briefing in your inbox');
    const article = extractArticle(html, URL, '');
    expect(article.text).not.toContain('briefing');
    expect(article.text).not.toContain("Don't miss a story");
  });

  it('keeps a page whose whole body sits inside one form (ASP.NET)', () => {
    const article = extractArticle(
      readPage('form-page.html'),
      URL,
      'Council publishes the new budget',
    );
    expect(article.text).toContain('Spending on public transport rises by a fifth');
    expect(article.text).toContain('The final vote is planned for the first week of December.');
    expect(article.text).not.toContain('City Council Press Office');
  });

  it('cleans the article like feed content: mojibake, repeated paragraphs, headline, unsafe markup, relative links', () => {
    const article = extractArticle(readPage('repair.html'), URL, "Here's what the court said");
    expect(article.text).toContain('Here’s the ruling in full');
    expect(article.text).not.toContain('â€™');
    expect(article.text.match(/the ruling in full/g)).toHaveLength(1);
    expect(article.text.match(/food parcels/g)).toHaveLength(1);
    expect(article.contentHtml).not.toMatch(/<h[12]/);
    expect(article.contentHtml).not.toMatch(/<script|onclick|onerror|javascript:|injected/);
    expect(article.contentHtml).toContain(
      '<a href="https://news.example/volunteers/timeline" rel="noopener noreferrer nofollow">',
    );
    expect(article.contentHtml).toContain('<img src="https://news.example/images/court.jpg"');
  });

  it('counts the words of what it kept, and reads the page language', () => {
    const article = extractArticle(readPage('site/grodno-verdict.html'), URL, '');
    expect(article.wordCount).toBe(
      article.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    );
    expect(article.language).toBe('ru');
  });

  it('says so when a page holds no article', () => {
    const html =
      '<html><body><nav><a href="/">Home</a></nav><form><input name="q"></form></body></html>';
    expect(() => extractArticle(html, URL, '')).toThrow(ExtractError);
    expect(() => extractArticle(html, URL, '')).toThrow(
      /^extractor: no article (text )?found in https:\/\/news\.example/,
    );
  });

  it('refuses a page with more elements than the limit, before reading it', () => {
    const html = readPage('site/homiel-colony.html');
    expect(() => extractArticle(html, URL, '', { maxElements: 50, maxChars: 500_000 })).toThrow(
      /^extractor: https:\/\/news\.example\S+ has \d+ elements, over the limit of 50$/,
    );
  });

  it('cuts the article body at maxChars before cleaning it', () => {
    const paragraphs = Array.from(
      { length: 200 },
      (_, i) =>
        `<p>Hearing ${i} was adjourned again. ${'The judge gave no reason. '.repeat(20)}</p>`,
    );
    const html = `<html><body><article>${paragraphs.join('')}</article></body></html>`;
    const article = extractArticle(html, URL, '', { maxElements: 60_000, maxChars: 10_000 });
    expect(article.text.length).toBeLessThanOrEqual(10_000);
    expect(article.text.length).toBeGreaterThan(5_000);
    expect(article.text).toContain('Hearing 0 was adjourned');
    expect(article.text).not.toContain('Hearing 199 ');
    expect(article.contentHtml).toMatch(/<\/p>$/);
  });
});
