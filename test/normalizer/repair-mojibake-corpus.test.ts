import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/normalizer/repair-mojibake.js';
import { collectCorpusStrings } from './helpers/collect-corpus-strings.js';

const FEED_DIRS = [
  'rss-parser/input',
  'node-feedparser/feeds',
  'feedreader-dotnet/Feeds',
  'fastfeedparser/benchmark_data_news',
  'fastfeedparser/integration',
  'netnewswire',
  'miniflux/parser/testdata',
  'miniflux/encoding/testdata',
  'feed-rs/fixture',
  'feedparser/wellformed',
  'feedvalidator/testcases',
];
/**
 * Files whose text really is mojibake, checked by hand: the FeedReader snapshots were saved
 * double-encoded (its EXPECTATIONS.md says so for YandexRussia; `CinÃ©ma` is bytes C3 83 C2 A9 in
 * LeFigaro), miniflux's two prologs lie about UTF-8 bytes, davidbau holds `ï¿½` (U+FFFD misread),
 * and the feed validator's two `xml_double_encoded` cases are double-encoded on purpose.
 */
const KNOWN_MOJIBAKE = new Set(
  (
    'AtomTheVerge AtomVergeAllPosts Rss10Minutos20 Rss10Minutos20Catalans Rss20BreakingNews ' +
    'Rss20CTVNews Rss20CodeHollowCom Rss20DaStandardAt Rss20DerBrutkasten Rss20FazNet ' +
    'Rss20FinanzenNet Rss20HubSpot Rss20IndianExpress Rss20JapanTimes Rss20JapanToday ' +
    'Rss20JungeGruender Rss20LeFigaro Rss20LeFil Rss20LeMonde Rss20LeParisien Rss20MassaNews ' +
    'Rss20MicrosoftBotFranework Rss20NuusInAfrikaans Rss20RomaNews Rss20RomaToday Rss20Spiegel ' +
    'Rss20TheMirror Rss20ThomasMaurer Rss20TrendingTopics Rss20YandexRussia'
  )
    .split(' ')
    .map((name) => `feedreader-dotnet/Feeds/${name}.xml`)
    .concat([
      'miniflux/encoding/testdata/utf8-incorrect-prolog.xml',
      'miniflux/encoding/testdata/windows-1252-incorrect-prolog.xml',
      'fastfeedparser/integration/davidbau.xml',
      'feedvalidator/testcases/rss/should/xml_double_encoded.xml',
      'feedvalidator/testcases/rss/should/xml_double_encoded2.xml',
    ]),
);
/** Two-character UTF-8-as-windows-1252 sequences no correct text contains. */
const MOJIBAKE_SEQUENCE = /Ã[\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[™œ˜“”¦]|Ð[\u00b0-\u00bf]/;

describe('repairMojibake on the corpus feeds', async () => {
  const byFile = await collectCorpusStrings(FEED_DIRS);
  const correct = [...byFile].filter(([file]) => !KNOWN_MOJIBAKE.has(file));
  const damaged = [...byFile].filter(([file]) => KNOWN_MOJIBAKE.has(file));

  it('changes no string of any correct feed', () => {
    const strings = correct.flatMap(([, values]) => values);
    const changed = correct.flatMap(([file, values]) =>
      values.filter((v) => repairMojibake(v) !== v).map((v) => `${file}: ${v.slice(0, 80)}`),
    );
    console.info(
      `mojibake, correct feeds: ${changed.length} changed of ${strings.length} strings in ${correct.length} feeds`,
    );
    expect(correct.length).toBeGreaterThan(150);
    expect(changed).toEqual([]);
  });

  it('leaves no mojibake sequence in the strings of the damaged feeds', () => {
    const strings = damaged.flatMap(([, values]) => values);
    const before = strings.filter((v) => MOJIBAKE_SEQUENCE.test(v)).length;
    const after = strings.filter((v) => MOJIBAKE_SEQUENCE.test(repairMojibake(v)));
    console.info(
      `mojibake, damaged feeds: ${before} strings with mojibake before, ${after.length} after`,
    );
    expect(before).toBeGreaterThan(100);
    expect(after).toEqual([]);
  });
});
