import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/clusterer/choose-story.js';
import { clusterInMemory } from '../helpers/cluster-in-memory.js';
import { generateVariantStream, type StreamVariant } from '../helpers/unrelated-stream-variants.js';

/** The bar: at most this share of an unrelated stream's entries joins another's story. */
const BAR = 0.005;

describe('a stream of unrelated items written by the second generator', () => {
  // The languages mixed (names meet across scripts only by their skeletons) and a burst (3,000
  // items in six hours: the whole stream inside one window); every item its own event.
  it.each<StreamVariant>(['mixed', 'burst'])(
    'joins at most one entry in 200 of the %s variant to another item’s story',
    (variant) => {
      const stream = generateVariantStream(variant, 1);
      const placements = clusterInMemory(stream, DEFAULT_CLUSTER_OPTIONS);
      const merged = placements.filter((placement, i) => placement.storyId !== i).length;
      expect(merged / stream.length).toBeLessThanOrEqual(BAR);
    },
  );
});
