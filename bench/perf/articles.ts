import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A real news article (title and plain text) used as raw material for generated feeds. */
export interface Article {
  title: string;
  sentences: string[];
}

const PAIRS_DIR = path.resolve(
  import.meta.dirname,
  '../../test/fixtures/corpus/dedup/tgcontest-clustering-pairs',
);

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?»"])\s+(?=[A-ZА-ЯЁІЎ«"])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

function readPairsFile(file: string): Article[] {
  const [header = '', ...rows] = readFileSync(file, 'utf8').split('\n');
  const columns = header.split('\t');
  const at = (name: string) => columns.indexOf(name);
  const fields = [
    [at('INPUT:first_title'), at('INPUT:first_text')],
    [at('INPUT:second_title'), at('INPUT:second_text')],
  ];
  return rows.flatMap((row) => {
    const cells = row.split('\t');
    return fields.map(([t = -1, x = -1]) => ({
      title: (cells[t] ?? '').trim(),
      sentences: splitSentences(cells[x] ?? ''),
    }));
  });
}

/** Distinct real articles (English and Russian news) from the labelled pairs corpus. */
export function loadArticles(): Article[] {
  const files = readdirSync(PAIRS_DIR).filter((name) => name.endsWith('.tsv'));
  const byTitle = new Map<string, Article>();
  for (const file of files) {
    for (const article of readPairsFile(path.join(PAIRS_DIR, file))) {
      if (article.title !== '' && article.sentences.length >= 3)
        byTitle.set(article.title, article);
    }
  }
  return [...byTitle.values()];
}
