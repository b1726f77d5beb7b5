import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProvenanceMember } from '../../src/provenance/index.js';
import { type CorpusName, loadCorpus } from '../helpers/evaluate-corpus.js';
import { normalizeCorpus } from '../helpers/normalize-corpus.js';
import { FIXTURES } from '../helpers/temp-config.js';

/** How a labelled copy relates to its story's original, read from the corpus notes. */
export type CopyKind =
  | 'original'
  | 'verbatim'
  | 'brief'
  | 'translation'
  | 'rewrite'
  | 'updated'
  | 'other';

export interface LabelledMember extends ProvenanceMember {
  kind: CopyKind;
  notes: string;
}

/** The corpus's notes name each copy's kind in words; the first that fits wins. */
export function readCopyKind(notes: string): CopyKind {
  if (notes.trim() === '' || /^original/iu.test(notes)) return 'original';
  if (/rewrite|reworded|paraphras/iu.test(notes)) return 'rewrite';
  if (/translat/iu.test(notes)) return 'translation';
  if (/\bbrief\b/iu.test(notes)) return 'brief';
  if (/updated/iu.test(notes)) return 'updated';
  if (/verbatim|syndicat|\bamp\b|copy/iu.test(notes)) return 'verbatim';
  return 'other';
}

/** Every story of a corpus with more than one member, its members as the pipeline normalizes them. */
export async function loadLabelledStories(name: CorpusName): Promise<LabelledMember[][]> {
  const corpus = loadCorpus(name);
  const notes = (
    JSON.parse(readFileSync(path.join(FIXTURES, name, 'labels.json'), 'utf8')) as {
      notes?: string;
    }[]
  ).map((label) => label.notes ?? '');
  const stories = new Map<string, LabelledMember[]>();
  for (const { index, entry } of await normalizeCorpus(corpus, new Date('2026-01-01T00:00:00Z'))) {
    const item = corpus.items[index];
    if (item === undefined) continue;
    const note = notes[index] ?? '';
    const member: LabelledMember = {
      entryId: index,
      sourceId: entry.sourceId,
      title: entry.title,
      text: entry.text,
      language: entry.language,
      kind: readCopyKind(note),
      notes: note,
    };
    stories.set(item.story, [...(stories.get(item.story) ?? []), member]);
  }
  return [...stories.values()].filter((members) => members.length > 1);
}
