import type { Article } from './articles.js';
import { mutateText } from './mutate-text.js';
import { pickOne, type Random } from './random.js';

/** One generated feed item: HTML content built from a real article's sentences. */
export interface BenchItem {
  guid: string;
  link: string;
  title: string;
  html: string;
  summary: string;
  published: Date;
  author: string;
  categories: string[];
}

export interface ItemSpec {
  articles: readonly Article[];
  random: Random;
  siteUrl: string;
  /** Unique within the corpus; makes guid and link unique. */
  serial: number;
  /** The story this item reports: items of one story (in any feed) are copies of each other. */
  story: number;
  published: Date;
  /** Approximate HTML size to reach (sentences are added until it is). */
  htmlBytes: number;
}

const TOPICAL = [
  'The Viasna human rights centre says Belarus now holds 1,150 political prisoners.',
  'Alexander Lukashenko pardoned 16 people convicted of extremism, state media reported.',
  'Власти Беларуси признали политзаключённым ещё одного журналиста, сообщает «Вясна».',
  'The court in Minsk sentenced the blogger to six years in a penal colony.',
];
const AUTHORS = ['Anna Petrova', 'John Smith', 'Ivan Sidorov', 'Olga Marchenko', 'Newsdesk'];
const TAGS = ['World', 'Politics', 'Economy', 'Europe', 'Human rights', 'Technology'];

function toParagraph(sentence: string, random: Random, siteUrl: string, serial: number): string {
  const roll = random();
  if (roll < 0.15) return `<p><strong>${sentence}</strong></p>`;
  if (roll < 0.3) return `<p>${sentence} <a href="${siteUrl}/related/${serial}">Read more</a></p>`;
  if (roll < 0.35)
    return `<figure><img src="${siteUrl}/img/${serial}.jpg" alt="photo" width="640"><figcaption>${sentence}</figcaption></figure>`;
  return `<p>${sentence}</p>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A realistic item: an article's sentences, a few borrowed ones, markup, sometimes a topical line. */
export function generateItem(spec: ItemSpec): BenchItem {
  const { random, siteUrl, serial } = spec;
  const article =
    spec.articles[spec.story % spec.articles.length] ?? pickOne(spec.articles, random);
  const variant = Math.floor(spec.story / spec.articles.length);
  const sentences = article.sentences.map((sentence) => mutateText(sentence, variant));
  if (random() < 0.3) sentences.splice(1, 0, pickOne(TOPICAL, random));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < spec.htmlBytes && i < 200; i++) {
    const source = sentences[i] ?? pickOne(pickOne(spec.articles, random).sentences, random);
    const part = toParagraph(escapeText(source), random, siteUrl, serial);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return {
    guid: `${siteUrl}/news/${serial}`,
    link: `${siteUrl}/news/${serial}?utm_source=rss`,
    title: mutateText(article.title, variant),
    html: parts.join('\n'),
    summary: escapeText((sentences[0] ?? article.title).slice(0, 280)),
    published: spec.published,
    author: pickOne(AUTHORS, random),
    categories: [pickOne(TAGS, random), pickOne(TAGS, random)],
  };
}
