import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Parser from 'rss-parser';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../fixtures/corpus');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? listFiles(file) : [file];
  });
}

function decodeDocument(bytes: Buffer): string | undefined {
  const declared = /encoding=["']([\w-]+)["']/i.exec(
    bytes.subarray(0, 200).toString('latin1'),
  )?.[1];
  const encoding = declared ?? 'utf-8';
  return iconv.encodingExists(encoding) ? iconv.decode(bytes, encoding) : undefined;
}

function pickStrings(
  feed: Record<string, unknown>,
  items: Array<Record<string, unknown>>,
): string[] {
  const fields = ['title', 'content', 'content:encoded', 'summary', 'contentSnippet', 'creator'];
  const values = [
    feed.title,
    feed.description,
    ...items.flatMap((item) => fields.map((f) => item[f])),
  ];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** Every title, description and content string rss-parser reads from the feeds under `dirs`. */
export async function collectCorpusStrings(dirs: string[]): Promise<Map<string, string[]>> {
  const parser = new Parser();
  const byFile = new Map<string, string[]>();
  const files = dirs.flatMap((dir) => listFiles(path.join(CORPUS_DIR, dir)));
  for (const file of files.filter((f) => /\.(xml|rss|atom|rdf)$/.test(f))) {
    const text = decodeDocument(readFileSync(file));
    if (text === undefined) continue;
    try {
      const feed = await parser.parseString(text);
      byFile.set(path.relative(CORPUS_DIR, file), pickStrings(feed, feed.items));
    } catch {
      // not a feed rss-parser can read: nothing to check
    }
  }
  return byFile;
}
