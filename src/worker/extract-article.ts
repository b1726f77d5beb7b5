import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleLimits, ExtractedArticle } from '../model/index.js';
import { buildContentHtml, countWords, htmlToText } from '../normalizer/index.js';

/** An article page the extractor could not read; the message starts with `extractor: `. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`extractor: ${message}`, options);
  }
}

export const DEFAULT_ARTICLE_LIMITS: Readonly<ArticleLimits> = {
  maxElements: 60_000,
  maxChars: 200_000,
};

/**
 * The main text of an article page: Mozilla's Readability on a linkedom DOM, then the cleaning
 * feed content gets (the sanitizer's allowlist with links made absolute against `url`, mojibake
 * repair, repeated paragraphs and a leaked headline removed). `title` is the entry's own title.
 * Pure: no I/O. Throws ExtractError when the page is over the limits or holds no article.
 */
export function extractArticle(
  html: string,
  url: string,
  title: string,
  limits: ArticleLimits = DEFAULT_ARTICLE_LIMITS,
): ExtractedArticle {
  const elements = countStartTags(html);
  if (elements > limits.maxElements) {
    throw new ExtractError(
      `${url} has ${elements} elements, over the limit of ${limits.maxElements}`,
    );
  }
  const { document } = parseHTML(html);
  removeInteractiveChrome(document as unknown as DomNode);
  const article = readArticle(document, url);
  const body =
    article.content.length > limits.maxChars
      ? article.content.slice(0, limits.maxChars)
      : article.content;
  const contentHtml = buildContentHtml(body, title || article.title || '', url);
  const text = htmlToText(contentHtml);
  if (text === '') throw new ExtractError(`no article text found in ${url}`);
  return {
    ...(article.title ? { title: article.title } : {}),
    contentHtml,
    text,
    wordCount: countWords(text),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.lang ? { language: article.lang } : {}),
  };
}

/**
 * The start tags in a page, counted before any DOM is built, so that an oversized page costs no
 * memory (Readability's own maxElemsToParse counts with getElementsByTagName('*'), which
 * linkedom answers with 0).
 */
function countStartTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}

interface ReadArticle {
  content: string;
  title?: string;
  byline?: string;
  lang?: string;
}

function readArticle(document: unknown, url: string): ReadArticle {
  let parsed: ReturnType<Readability['parse']>;
  try {
    const reader = new Readability(document as ConstructorParameters<typeof Readability>[0], {
      serializer: (node) => serializeBody(node as unknown as DomNode),
    });
    parsed = reader.parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExtractError(`unable to read ${url}: ${reason}`, { cause: error });
  }
  if (!parsed?.content) throw new ExtractError(`no article found in ${url}`);
  return {
    content: parsed.content,
    ...(parsed.title ? { title: parsed.title } : {}),
    ...(parsed.byline ? { byline: parsed.byline } : {}),
    ...(parsed.lang ? { lang: parsed.lang } : {}),
  };
}

// The DOM, as far as these helpers use it (linkedom's nodes; the project compiles without the DOM lib).

interface DomNode {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  parentElement: DomNode | null;
  children: ArrayLike<DomNode>;
  childNodes: ArrayLike<DomNode>;
  querySelectorAll(selector: string): Iterable<DomNode>;
  remove(): void;
}

const TEXT_NODE = 3;
const WRAPPERS = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN']);

function hasOwnText(node: DomNode): boolean {
  return Array.from(node.childNodes).some(
    (child) => child.nodeType === TEXT_NODE && (child.textContent ?? '').trim() !== '',
  );
}

/**
 * The inner HTML of Readability's result without the wrappers around it (its own page `<div>`,
 * the page's `<article>`…), so that the body's paragraphs are top-level blocks for the
 * normalizer's repeated-paragraph repair.
 */
function serializeBody(node: DomNode): string {
  let current = node;
  for (;;) {
    const only = current.children.length === 1 ? current.children[0] : undefined;
    if (!only || !WRAPPERS.has(only.tagName.toUpperCase()) || hasOwnText(current)) break;
    current = only;
  }
  return current.innerHTML;
}

/** Dialogs (cookie and consent banners, sign-in prompts) and navigation are never article text. */
const CHROME =
  'nav, dialog, [role="navigation"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const FORM_CONTROLS = 'form, input, select, textarea';
/** A box this short around a form control is a sign-up, search or comment box, not prose. */
const MAX_FORM_BOX_CHARS = 400;
const BOX_LIMIT = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

function textLength(node: DomNode): number {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Removes what a reader cannot read, before Readability scores the page: dialogs and navigation,
 * and the small box around each form control (a newsletter sign-up keeps its pitch after
 * Readability drops its form). A form that wraps the whole page (ASP.NET) is long, and stays.
 */
function removeInteractiveChrome(document: DomNode): void {
  for (const node of document.querySelectorAll(CHROME)) node.remove();
  for (const control of document.querySelectorAll(FORM_CONTROLS)) {
    if (textLength(control) > MAX_FORM_BOX_CHARS) continue;
    let box = control;
    for (;;) {
      const parent = box.parentElement;
      if (!parent || BOX_LIMIT.has(parent.tagName.toUpperCase())) break;
      if (textLength(parent) > MAX_FORM_BOX_CHARS) break;
      box = parent;
    }
    box.remove();
  }
}
