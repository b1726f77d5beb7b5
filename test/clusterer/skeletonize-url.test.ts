import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../src/clusterer/fingerprint-entry.js';
import { skeletonizeUrl } from '../../src/clusterer/fingerprint-keys.js';
import { scorePair } from '../../src/clusterer/score-pair.js';
import { makeEntry } from './make-entry.js';

describe('skeletonizeUrl', () => {
  it('drops the mirror host prefix, the AMP markers and the trailing slash', () => {
    expect(skeletonizeUrl('https://www.paper.example/news/a-story/')).toBe(
      'paper.example/news/a-story',
    );
    expect(skeletonizeUrl('https://amp.paper.example/news/a-story.amp')).toBe(
      'paper.example/news/a-story',
    );
    expect(skeletonizeUrl('https://paper.example/news/a-story/amp/')).toBe(
      'paper.example/news/a-story',
    );
  });

  it('keeps the query parameters that name an article (a WordPress ?p=, an id), sorted', () => {
    expect(skeletonizeUrl('https://blog.example/?p=57901')).toBe('blog.example?p=57901');
    expect(skeletonizeUrl('https://blog.example/?p=57901')).not.toBe(
      skeletonizeUrl('https://blog.example/?p=57844'),
    );
    expect(skeletonizeUrl('https://site.example/article.php?section=world&id=42')).toBe(
      skeletonizeUrl('https://site.example/article.php?id=42&section=world'),
    );
  });

  it('drops the parameters that only pick a rendering', () => {
    expect(skeletonizeUrl('https://site.example/story?id=42&amp=1')).toBe(
      'site.example/story?id=42',
    );
    expect(skeletonizeUrl('https://site.example/story?outputType=amp')).toBe('site.example/story');
  });

  it('gives no identity to a bare front page or an unreadable link', () => {
    expect(skeletonizeUrl('https://site.example/')).toBe('');
    expect(skeletonizeUrl('not a url')).toBe('');
    expect(skeletonizeUrl(undefined)).toBe('');
  });
});

describe('same-url', () => {
  const entry = (title: string, url: string) =>
    fingerprintEntry(makeEntry({ title, text: `${title}.`, url })).features;

  it('joins two entries that link to one article', () => {
    const a = entry('Storm closes the port', 'https://blog.example/?p=10');
    const b = entry('Port shut as storm hits', 'https://www.blog.example/?p=10');
    expect(scorePair(a, b).signals[0]).toBe('same-url');
  });

  it('does not join two articles of one site told apart only by their query', () => {
    const a = entry('Storm closes the port', 'https://blog.example/?p=10');
    const b = entry('Minister resigns over budget', 'https://blog.example/?p=11');
    expect(scorePair(a, b).signals[0]).not.toBe('same-url');
  });

  it('does not join two items that both link to the front page', () => {
    const a = entry('Storm closes the port', 'https://site.example/');
    const b = entry('Minister resigns over budget', 'https://site.example/');
    expect(scorePair(a, b).signals[0]).not.toBe('same-url');
  });
});
