import { DEFAULT_CLUSTER_OPTIONS, scorePair } from '../../src/clusterer/index.js';
import { loadTgcontestPairs } from './tgcontest.js';

/**
 * `npx tsx bench/eval/inspect-pairs.ts [ru|en] [threshold]`: the tgcontest pairs the shipped
 * clusterer decides wrongly (false merges first, then misses), with their scores and signals.
 */
function inspect(language: string, threshold: number): void {
  const pairs = loadTgcontestPairs().filter((pair) => pair.language === language);
  const rows = pairs.map((pair) => ({
    pair,
    result: scorePair(pair.a.features, pair.b.features, { weight: pair.weight }),
  }));
  const wrong = (same: boolean) =>
    rows
      .filter(({ pair, result }) => pair.same === same && result.score > threshold !== same)
      .sort((x, y) => y.result.score - x.result.score);
  for (const [label, list] of [
    ['false merges', wrong(false)],
    ['misses', wrong(true)],
  ] as const) {
    process.stdout.write(`## ${label} (${list.length})\n`);
    for (const { pair, result } of list) {
      process.stdout.write(
        `${result.score}  ${result.signals.join(' ')}\n   A: ${pair.titles[0]}\n   B: ${pair.titles[1]}\n`,
      );
    }
  }
  const scores = rows.map(({ pair, result }) => [result.score, pair.same] as const);
  for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const tp = scores.filter(([s, same]) => same && s > t).length;
    const fp = scores.filter(([s, same]) => !same && s > t).length;
    const all = scores.filter(([, same]) => same).length;
    process.stdout.write(
      `threshold ${t}: tp ${tp} fp ${fp} P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / all).toFixed(3)}\n`,
    );
  }
}

const [language = 'ru', threshold = String(DEFAULT_CLUSTER_OPTIONS.threshold)] =
  process.argv.slice(2);
inspect(language, Number(threshold));
