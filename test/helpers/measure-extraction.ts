import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedItem } from '../../src/model/index.js';
import { buildContentHtml, htmlToText } from '../../src/normalizer/index.js';
import { parseFeed } from '../../src/parser/index.js';
import { extractArticle } from '../../src/worker/extract-article.js';
import { buildArticlePage, type PageLayout, SHELL_SENTENCES } from './build-article-page.js';
import { FIXTURES } from './temp-config.js';

const NEWS = join(FIXTURES, 'corpus/fastfeedparser/benchmark_data_news');

/** The full-content feeds of the world-news corpus: each item carries its whole article as HTML. */
export const FULL_CONTENT_FEEDS: Record<string, string> = {
  '9f9555d69283aeda': 'TIME World',
  '16dc10cf98d1ee82': 'TheWeek',
  ce5f942d1cd40fc0: 'Dawn World',
};

export interface RealBody {
  feed: string;
  title: string;
  link: string;
  /** The article as the publisher's feed gives it (HTML). */
  html: string;
}

/** The first `count` items of a feed whose content is a whole article (≥ `minWords` words). */
export async function readRealBodies(
  file: string,
  count: number,
  minWords = 300,
): Promise<RealBody[]> {
  const feed = await parseFeed(readFileSync(join(NEWS, file), 'utf8'));
  const words = (item: ParsedItem) => htmlToText(item.contentHtml ?? '').split(/\s+/).length;
  return feed.items
    .filter((item) => item.contentHtml && item.link && words(item) >= minWords)
    .slice(0, count)
    .map((item) => ({
      feed: FULL_CONTENT_FEEDS[file] ?? file,
      title: item.title ?? '',
      link: item.link ?? '',
      html: item.contentHtml ?? '',
    }));
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…"”»])\s+|\n+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 30);
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export interface ExtractionQuality {
  feed: string;
  title: string;
  layout: PageLayout;
  /** Sentences of the feed's article (cleaned as topicfeed cleans feed content). */
  sentences: number;
  /** Of those, found in the text extracted from the page. */
  kept: number;
  /** The ones not found. */
  lost: string[];
  /** Sentences extracted that are not in the feed's article (page chrome, or the body's own extras). */
  added: string[];
  /** Sentences of the page chrome (SHELL_SENTENCES) in the extracted text. */
  leaked: string[];
  /** Elements of the feed's article (cleaned) and of the extraction: images, captions, lists… */
  elements: Record<string, { feed: number; extracted: number }>;
  pageBytes: number;
  extractedWords: number;
}

const ELEMENTS: Record<string, RegExp> = {
  paragraphs: /<p[\s>]/g,
  subheadings: /<h[2-6][\s>]/g,
  images: /<img[\s>]/g,
  captions: /<figcaption[\s>]/g,
  'list items': /<li[\s>]/g,
  quotes: /<blockquote[\s>]/g,
  links: /<a[\s>]/g,
  tables: /<table[\s>]/g,
};

function countElements(feedHtml: string, extractedHtml: string) {
  return Object.fromEntries(
    Object.entries(ELEMENTS).map(([name, tag]) => [
      name,
      { feed: feedHtml.match(tag)?.length ?? 0, extracted: extractedHtml.match(tag)?.length ?? 0 },
    ]),
  );
}

/**
 * Puts a real article body in a site page (build-article-page.ts), extracts it, and compares the
 * extracted text with the body as topicfeed stores a full-content feed item.
 */
export function measureExtraction(body: RealBody, layout: PageLayout): ExtractionQuality {
  const referenceHtml = buildContentHtml(body.html, body.title, body.link);
  const reference = htmlToText(referenceHtml);
  const page = buildArticlePage({ title: body.title, bodyHtml: body.html, layout });
  const article = extractArticle(page, body.link, body.title);
  const extracted = flatten(article.text);
  const expected = sentencesOf(reference);
  const lost = expected.filter((s) => !extracted.includes(s));
  const flatReference = flatten(reference);
  return {
    feed: body.feed,
    title: body.title,
    layout,
    sentences: expected.length,
    kept: expected.length - lost.length,
    lost,
    added: sentencesOf(article.text).filter((s) => !flatReference.includes(s)),
    leaked: SHELL_SENTENCES.filter((s) => extracted.includes(s)),
    elements: countElements(referenceHtml, article.contentHtml),
    pageBytes: Buffer.byteLength(page),
    extractedWords: article.wordCount,
  };
}
