import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeContent } from '../../src/normalizer/sanitize-content.js';
import { findFeedElement } from './helpers/find-feed-element.js';
import { readFeedparserCase } from './helpers/read-feedparser-case.js';

const SANITIZE_DIR = path.resolve(
  import.meta.dirname,
  '../fixtures/corpus/feedparser/wellformed/sanitize',
);
const DANGER = [
  /<script/i,
  /<(?:iframe|object|embed|applet|style|meta|form|link|base|frame|frameset)\b/i,
  /\son[a-z]+\s*=/i,
  /(?:javascript|vbscript|livescript|data)\s*:/i,
  /(?:href|src|cite)="(?!https?:|mailto:)/i,
];

/** Serialisation-insensitive form: whitespace, our added rel, `<br />` vs `<br>`, `a=""` vs `a`. */
function normalizeForFidelity(html: string): string {
  return html
    .replace(/ rel="noopener noreferrer nofollow"/g, '')
    .replace(/\s*\/>/g, '>')
    .replace(/ ([a-z-]+)=""/g, ' $1')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
}

/** Only the markup can be dangerous: the text of a sanitized fragment may mention anything. */
function stripText(html: string): string {
  return html.replace(/>[^<]*</g, '><').replace(/^[^<]*|[^>]*$/g, '');
}

describe('sanitizeContent on the feedparser sanitize suite', () => {
  const files = readdirSync(SANITIZE_DIR).filter((f) => f.endsWith('.xml'));
  const results = files.map((file) => {
    const testCase = readFeedparserCase(path.join(SANITIZE_DIR, file));
    const element = testCase && findFeedElement(testCase.xml, testCase.fieldPath);
    const output = element ? sanitizeContent(element.html, 'http://example.org/feed') : undefined;
    return { file, testCase, element, output };
  });

  it('finds the input and the expected value of every case', () => {
    const missing = results.filter((r) => r.output === undefined).map((r) => r.file);
    expect(files.length).toBe(745);
    expect(missing.length).toBeLessThanOrEqual(3);
  });

  it('lets no script, handler, dangerous URL or dangerous element survive (security: 100%)', () => {
    const hostile = results.filter((r) => DANGER.some((d) => d.test(r.element?.html ?? '')));
    const unsafe = results.filter(
      (r) => r.output !== undefined && DANGER.some((d) => d.test(stripText(r.output ?? ''))),
    );
    const evaluated = results.filter((r) => r.output !== undefined).length;
    console.info(
      `sanitize security: ${evaluated - unsafe.length}/${evaluated} evaluated cases safe`,
    );
    expect(hostile.length).toBeGreaterThan(300);
    expect(unsafe.map((r) => `${r.file}: ${r.output}`)).toEqual([]);
  });

  it('keeps what feedparser keeps around removed payloads (fidelity, recorded)', () => {
    const checked = results.filter((r) => r.output !== undefined && r.testCase);
    const isSame = (r: (typeof checked)[number]) =>
      normalizeForFidelity(r.output ?? '') === normalizeForFidelity(r.testCase?.expected ?? '');
    const rate = checked.filter(isSame).length / checked.length;
    // Payload cases: the harmless text around a removed payload must survive exactly. Inline
    // styles and "crazy" script bodies are left out: we drop style attributes on purpose.
    const payload = checked.filter(
      (r) => /^(item|entry|feed)_/.test(r.file) && !/_(style|crazy)\.xml$/.test(r.file),
    );
    const payloadRate = payload.filter(isSame).length / payload.length;
    console.info(
      `sanitize fidelity: ${(rate * 100).toFixed(1)}% of ${checked.length}; payload cases ${(payloadRate * 100).toFixed(1)}% of ${payload.length}`,
    );
    expect(rate).toBeGreaterThan(0.6);
    expect(payloadRate).toBeGreaterThan(0.95);
  });
});
