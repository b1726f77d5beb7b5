import { hashText } from './hash-text.js';

export interface EntryIdentity {
  guid?: string;
  url?: string;
  title: string;
  text: string;
}

/**
 * The per-source identity of an entry: `guid:<guid>`, else `url:<canonical url>`, else
 * `hash:<sha256 of title, newline, text>`. The prefixes keep the three kinds from colliding.
 */
export function buildEntryKey({ guid, url, title, text }: EntryIdentity): string {
  const trimmedGuid = guid?.trim();
  if (trimmedGuid) return `guid:${trimmedGuid}`;
  if (url) return `url:${url}`;
  return `hash:${hashText(`${title}\n${text}`)}`;
}
