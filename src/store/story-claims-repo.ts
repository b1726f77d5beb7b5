import type { Claims, StoryView } from '../model/index.js';
import type { Db } from './database.js';

/** One member's words, as provenance reads them to compare claims. */
export interface ClaimSource {
  entryId: number;
  sourceId: string;
  title: string;
  text: string;
  language?: string;
}

/** A story's claims as stored: per member (by entry id) what only it says, and what all say. */
export interface StoredClaims {
  members: Record<number, Claims>;
  shared: Claims;
}

/** The members of a story with their text, oldest first (the order provenance compares them in). */
export function readClaimSources(db: Db, storyId: number): ClaimSource[] {
  const rows = db
    .prepare(`SELECT id AS entryId, source_id AS sourceId, title, text, language FROM entries
    WHERE story_id = ? ORDER BY published_at, id`)
    .all(storyId) as (Omit<ClaimSource, 'language'> & { language: string | null })[];
  return rows.map(({ language, ...row }) => (language === null ? row : { ...row, language }));
}

/** Stores a story's claims, replacing what was computed before. */
export function saveStoryClaims(db: Db, storyId: number, claims: StoredClaims, now: Date): void {
  db.prepare(`INSERT INTO story_claims (story_id, claims, computed_at) VALUES (?, ?, ?)
    ON CONFLICT (story_id) DO UPDATE SET claims = excluded.claims, computed_at = excluded.computed_at`).run(
    storyId,
    JSON.stringify(claims),
    now.toISOString(),
  );
}

/** The stored claims of these stories, by story id (stories never computed are missing). */
export function readStoryClaims(db: Db, storyIds: readonly number[]): Map<number, StoredClaims> {
  const claims = new Map<number, StoredClaims>();
  if (storyIds.length === 0) return claims;
  const marks = storyIds.map(() => '?').join(',');
  const rows = db
    .prepare(`SELECT story_id AS storyId, claims FROM story_claims WHERE story_id IN (${marks})`)
    .all(...storyIds) as { storyId: number; claims: string }[];
  for (const row of rows) {
    const parsed = parseClaims(row.claims);
    if (parsed !== undefined) claims.set(row.storyId, parsed);
  }
  return claims;
}

/** Puts each story's stored claims on its view: `unique` per member, `shared` on the story. */
export function attachClaims(db: Db, stories: StoryView[]): StoryView[] {
  const stored = readStoryClaims(
    db,
    stories.map((story) => story.id),
  );
  return stories.map((story) => {
    const claims = stored.get(story.id);
    if (claims === undefined) return story;
    return {
      ...story,
      shared: claims.shared,
      members: story.members.map((member) => {
        const unique = claims.members[member.entryId];
        return unique === undefined ? member : { ...member, unique };
      }),
    };
  });
}

function parseClaims(json: string): StoredClaims | undefined {
  try {
    const value = JSON.parse(json) as StoredClaims;
    return typeof value === 'object' && value !== null && typeof value.members === 'object'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}
