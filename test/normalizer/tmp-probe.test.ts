import { it } from 'vitest';
import { repairMojibake } from '../../src/normalizer/repair-mojibake.js';
import { collectCorpusStrings } from './helpers/collect-corpus-strings.js';
it('probe', async () => {
  const byFile = await collectCorpusStrings(['feedreader-dotnet/Feeds', 'fastfeedparser/integration', 'miniflux/encoding/testdata']);
  const seen = new Map<string, number>();
  for (const [file, values] of byFile) for (const v of values) {
    const r = repairMojibake(v); if (r === v) continue;
    const n = seen.get(file) ?? 0; seen.set(file, n + 1); if (n >= 1) continue;
    let i = 0; while (v[i] === r[i]) i++;
    console.log(file, '|', JSON.stringify(v.slice(Math.max(0, i - 20), i + 30)), '→', JSON.stringify(r.slice(Math.max(0, i - 20), i + 25)));
  }
});
