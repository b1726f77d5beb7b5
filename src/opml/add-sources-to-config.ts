import { isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { checkSourceEntry } from '../config/index.js';
import type { OpmlOutline } from './parse-opml.js';

export interface AddedSources {
  /** The whole config text with the new sources appended (comments and layout kept). */
  text: string;
  added: { id: string; url: string }[];
  skipped: { url: string; reason: string }[];
}

function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 40) || 'source';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The config entry an outline becomes (a title that is empty or only spaces is left out). */
function toSourceEntry(outline: OpmlOutline, id: string): Record<string, string> {
  const title = outline.title.trim();
  return {
    id,
    url: outline.xmlUrl,
    ...(title ? { title } : {}),
    ...(outline.language ? { language: outline.language } : {}),
  };
}

/**
 * Appends OPML outlines to the `sources:` list of a config text. An outline whose URL is already
 * present, is not http(s), or that would not be a valid source (a bad `language`, say) is skipped
 * with its reason; the others are added.
 */
export function addSourcesToConfig(
  configText: string,
  outlines: readonly OpmlOutline[],
): AddedSources {
  const doc = parseDocument(configText);
  if (!isMap(doc.contents)) throw new Error('opml: the config file is not a YAML mapping');
  let sources = doc.get('sources', true);
  if (!isSeq(sources)) {
    sources = doc.createNode([]) as YAMLSeq;
    doc.set('sources', sources);
  }
  const seq = sources as YAMLSeq;
  const existing = (seq.toJSON() as { id?: string; url?: string }[]) ?? [];
  const ids = new Set(existing.map((s) => s.id ?? ''));
  const urls = new Set(existing.map((s) => s.url ?? ''));
  const result: AddedSources = { text: '', added: [], skipped: [] };
  for (const outline of outlines) {
    if (!/^https?:\/\//i.test(outline.xmlUrl)) {
      result.skipped.push({ url: outline.xmlUrl, reason: 'not an http(s) URL' });
    } else if (urls.has(outline.xmlUrl)) {
      result.skipped.push({ url: outline.xmlUrl, reason: 'already in the config' });
    } else {
      const id = uniqueId(slugify(outline.title), ids);
      const entry = toSourceEntry(outline, id);
      const problem = checkSourceEntry(entry);
      if (problem) {
        ids.delete(id);
        result.skipped.push({ url: outline.xmlUrl, reason: problem });
        continue;
      }
      urls.add(outline.xmlUrl);
      seq.add(doc.createNode(entry));
      result.added.push({ id, url: outline.xmlUrl });
    }
  }
  result.text = doc.toString();
  return result;
}
