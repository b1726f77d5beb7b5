import { describe, expect, it } from 'vitest';
import {
  FULL_CONTENT_FEEDS,
  measureExtraction,
  readRealBodies,
} from '../helpers/measure-extraction.js';

// Real article bodies (the full-content feeds of the world-news corpus) in a generated site page:
// what comes out must be the article, nearly all of it, and none of the page around it.
describe('extraction of real article bodies from a site page', () => {
  for (const [file, feed] of Object.entries(FULL_CONTENT_FEEDS)) {
    for (const layout of ['semantic', 'div-soup'] as const) {
      it(`keeps the ${feed} articles and none of a ${layout} page's chrome`, async () => {
        for (const body of await readRealBodies(file, 2)) {
          const quality = measureExtraction(body, layout);
          expect(quality.sentences, body.title).toBeGreaterThan(10);
          expect(quality.kept / quality.sentences, body.title).toBeGreaterThanOrEqual(0.95);
          expect(quality.leaked, body.title).toEqual([]);
          expect(quality.added, body.title).toEqual([]);
        }
      });
    }
  }
});
