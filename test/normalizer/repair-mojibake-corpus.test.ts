import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/normalizer/repair-mojibake.js';
import { collectCorpusStrings } from './helpers/collect-corpus-strings.js';

const CORRECT_FEED_DIRS = [
  'rss-parser/input',
  'node-feedparser/feeds',
  'feedreader-dotnet/Feeds',
  'fastfeedparser/benchmark_data_news',
  'fastfeedparser/integration',
  'netnewswire',
  'miniflux/parser/testdata',
  'miniflux/encoding/testdata',
  'feed-rs/fixture',
];

describe('repairMojibake on correct corpus feeds', () => {
  it('changes no string of any correctly encoded feed', async () => {
    const byFile = await collectCorpusStrings(CORRECT_FEED_DIRS);
    const strings = [...byFile.values()].flat();
    const changed = [...byFile].flatMap(([file, values]) =>
      values.filter((v) => repairMojibake(v) !== v).map((v) => `${file}: ${v.slice(0, 80)}`),
    );
    console.info(`mojibake on correct feeds: ${changed.length} changed of ${strings.length} strings in ${byFile.size} feeds`);
    expect(byFile.size).toBeGreaterThan(100);
    console.info(changed.join("\n"));
    expect(changed).toEqual([]);
  });
});
