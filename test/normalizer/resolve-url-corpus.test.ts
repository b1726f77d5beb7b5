import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeContent } from '../../src/normalizer/sanitize-content.js';
import { pickBaseUrl, resolveUrl } from '../../src/normalizer/urls.js';
import { findFeedElement } from './helpers/find-feed-element.js';
import { type FeedparserCase, readFeedparserCase } from './helpers/read-feedparser-case.js';

const WELLFORMED = path.resolve(import.meta.dirname, '../fixtures/corpus/feedparser/wellformed');
const HTML_FIELDS = new Set([
  'content',
  'summary',
  'description',
  'title',
  'tagline',
  'info',
  'copyright',
]);

function listCases(): string[] {
  const base = readdirSync(path.join(WELLFORMED, 'base')).map((f) =>
    path.join(WELLFORMED, 'base', f),
  );
  const relative = ['atom', 'atom10'].flatMap((dir) =>
    readdirSync(path.join(WELLFORMED, dir))
      .filter((f) => f.startsWith('relative_uri'))
      .map((f) => path.join(WELLFORMED, dir, f)),
  );
  return [...base, ...relative];
}

/** The document URL upstream serves `http*` files from (their relative URIs resolve against it). */
function documentUrl(file: string): string {
  return `http://127.0.0.1:8097/tests/${path.relative(path.dirname(WELLFORMED), file)}`;
}

/** What our normalizer produces for the field the case checks, or undefined if not ours. */
function computeActual(testCase: FeedparserCase): string | undefined {
  const element = findFeedElement(testCase.xml, testCase.fieldPath);
  if (!element) return undefined;
  const base = pickBaseUrl([
    ...element.bases,
    testCase.headers['content-location'],
    documentUrl(testCase.file),
  ]);
  const field = (testCase.fieldPath[testCase.fieldPath[0] === 'entries' ? 2 : 1] ?? '').replace(
    /_detail$/,
    '',
  );
  if (testCase.fieldPath.at(-1) === 'base') return base;
  if (HTML_FIELDS.has(field))
    return sanitizeContent(element.html, base).replace(/ rel="[^"]*"/g, '');
  const href = element.attrs.href ?? element.attrs.url ?? element.attrs.uri ?? element.html.trim();
  return resolveUrl(href, base);
}

/** Equivalent forms: IRIs vs punycode/percent-encoding, and the Atom 1.0 xhtml `<div>` wrapper. */
function toEquivalentForm(value: string): string {
  const unwrapped = value.replace(/^<div>([\s\S]*)<\/div>$/, '$1');
  if (/^https?:\/\/\S+$/.test(unwrapped)) return new URL(unwrapped).href;
  return unwrapped.replace(/href="([^"]+)"/g, (_, href: string) => `href="${new URL(href).href}"`);
}

describe('URL resolution on the feedparser base/ and relative_uri cases', () => {
  const cases = listCases()
    .map((file) => readFeedparserCase(file))
    .filter((c): c is FeedparserCase => c !== undefined);

  it('resolves relative links and images like feedparser does', () => {
    const results = cases.map((c) => ({
      file: path.basename(c.file),
      expected: c.expected,
      actual: computeActual(c),
    }));
    const evaluated = results.filter((r) => r.actual !== undefined);
    const failures = evaluated.filter((r) => r.actual !== r.expected);
    for (const f of failures)
      console.info(`relative URI miss: ${f.file}: ${f.actual} != ${f.expected}`);
    console.info(
      `relative URI: ${evaluated.length - failures.length}/${evaluated.length} pass (${cases.length} cases read)`,
    );
    const inequivalent = failures.filter(
      (r) => toEquivalentForm(r.actual ?? '') !== toEquivalentForm(r.expected),
    );
    expect(evaluated.length).toBeGreaterThan(120);
    expect(inequivalent.map((r) => r.file)).toEqual([]);
  });
});
