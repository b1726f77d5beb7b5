import type { ScannedEntry, TopicScan } from '../topics/index.js';

export interface ScanReportOptions {
  /** Stories (and near misses) to print; 0 = all. */
  limit: number;
  nearMisses: boolean;
  /** Entry ids stored in the topic now, to mark what a draft adds (+) or drops (-). */
  stored: ReadonlySet<number>;
}

function formatEntry(item: ScannedEntry, stored: ReadonlySet<number>, inTopic: boolean): string {
  const { entry, explanation } = item;
  const mark = stored.has(entry.id) === inTopic ? ' ' : inTopic ? '+' : '-';
  const terms = explanation.terms.join(', ');
  return `  ${mark} ${explanation.score.toFixed(2).padStart(6)}  ${entry.sourceId}  ${entry.title}  [${terms}]\n`;
}

function groupByStory(matches: readonly ScannedEntry[]): ScannedEntry[][] {
  const stories = new Map<number, ScannedEntry[]>();
  for (const item of matches)
    stories.set(item.entry.storyId, [...(stories.get(item.entry.storyId) ?? []), item]);
  return [...stories.values()].sort((a, b) =>
    (b[0]?.entry.storyPublishedAt ?? '').localeCompare(a[0]?.entry.storyPublishedAt ?? ''),
  );
}

function take<T>(items: readonly T[], limit: number): readonly T[] {
  return limit > 0 ? items.slice(0, limit) : items;
}

/** The text `topics test` prints: a summary, matching stories with their entries, near misses. */
export function formatTopicScan(
  scan: TopicScan,
  minScore: number,
  options: ScanReportOptions,
): string {
  const stories = groupByStory(scan.matches);
  const matched = new Set(scan.matches.map((item) => item.entry.id));
  const added = [...matched].filter((id) => !options.stored.has(id)).length;
  const dropped = [...options.stored].filter((id) => !matched.has(id)).length;
  let text = `scanned ${scan.scanned} entries: ${scan.matches.length} match in ${stories.length} stories`;
  text += ` (vs stored: +${added} -${dropped}); ${scan.nearMisses.length} near misses under ${minScore}\n`;
  for (const story of take(stories, options.limit)) {
    const first = story[0]?.entry;
    text += `\nstory ${first?.storyId}  ${first?.storyPublishedAt.slice(0, 10)}\n`;
    for (const item of story) text += formatEntry(item, options.stored, true);
  }
  if (options.limit > 0 && stories.length > options.limit)
    text += `\n… ${stories.length - options.limit} more stories (--limit 0 shows all)\n`;
  if (!options.nearMisses || scan.nearMisses.length === 0) return text;
  text += `\nnear misses (candidates with a score under ${minScore}):\n`;
  for (const item of take(scan.nearMisses, options.limit))
    text += formatEntry(item, options.stored, false);
  return text;
}
