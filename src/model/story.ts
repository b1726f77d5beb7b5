/** What one copy of a story says that can be checked: quotes, names, numbers (as written). */
export interface Claims {
  quotes: string[];
  names: string[];
  numbers: string[];
}

/** One news story: every copy of it across sources, shown as one feed item. */
export interface StoryMember {
  entryId: number;
  sourceId: string;
  sourceTitle: string;
  guid?: string;
  url?: string;
  title: string;
  publishedAt: string;
  /** How the member joined: the score and the signals that agreed (empty for the founder). */
  score: number;
  signals: string[];
  /** Claims only this member makes (provenance); absent until computed. */
  unique?: Claims;
}

export interface StoryView {
  id: number;
  /** Stable for the life of the database; never changes when members join. */
  guid: string;
  createdAt: string;
  /** Moves when a member joins or the representative changes. */
  updatedAt: string;
  topics: string[];
  /** members[0] is the representative. */
  members: StoryMember[];
  /** The representative entry's fields. */
  title: string;
  link?: string;
  contentHtml: string;
  summary: string;
  author?: string;
  language?: string;
  publishedAt: string;
  /** Claims every member makes (confirmed by all `members.length` outlets); absent until computed. */
  shared?: Claims;
}
