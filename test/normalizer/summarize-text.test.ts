import { describe, expect, it } from 'vitest';
import { buildEntryKey } from '../../src/normalizer/build-entry-key.js';
import { summarizeText } from '../../src/normalizer/summarize-text.js';

describe('summarizeText', () => {
  it('returns short text whole, whitespace collapsed', () => {
    expect(summarizeText('  Short\n text. ')).toBe('Short text.');
  });

  it('cuts long text at a word boundary near 300 characters, with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const summary = summarizeText(text);
    expect(summary.endsWith('word…')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary.length).toBeGreaterThan(280);
  });
});

describe('buildEntryKey', () => {
  it('prefers the trimmed guid, then the canonical URL, then a hash, each prefixed', () => {
    expect(buildEntryKey({ guid: ' g1 ', url: 'https://x.example/', title: 't', text: 'x' })).toBe(
      'guid:g1',
    );
    expect(buildEntryKey({ guid: '  ', url: 'https://x.example/', title: 't', text: 'x' })).toBe(
      'url:https://x.example/',
    );
    expect(buildEntryKey({ title: 't', text: 'x' })).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(buildEntryKey({ title: 't', text: 'x' })).not.toBe(
      buildEntryKey({ title: 't', text: 'y' }),
    );
  });
});
