import type { ParsedFeed } from '../model/parsed-feed.js';
import type { FeedLimits } from '../parser/bound-feed.js';

/** What the pool posts to a parse worker. */
export interface ParseJobRequest {
  id: number;
  text: string;
  limits: FeedLimits;
}

/** What a parse worker posts back: the feed, or the error's message (already stage-prefixed). */
export type ParseJobReply = { id: number; feed: ParsedFeed } | { id: number; error: string };
