import type { CompiledQuery } from './compile-topic.js';

/**
 * What a piece of evidence is worth on its own. `decisive`: an explicit statement that settles the
 * question (a rights group's designation); one mention anywhere passes the default bar. `supporting`:
 * a signal that counts only together with others (a charge, a detention, an actor). `against`: a
 * sign of a look-alike subject (prisoners of war, ordinary crime) that pulls the score down.
 */
export type EvidenceKind = 'decisive' | 'supporting' | 'against';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['decisive', 'supporting', 'against'];

/** The feature name of a topic's own query (and watch-list): its weight starts at 1. */
export const QUERY_FEATURE = 'query';

/**
 * A kind's weight per point of evidence when the topic does not set one and has learned nothing:
 * a decisive mention in the body (1 point) reaches the default bar of 2.5 alone; a supporting
 * group needs company (a title mention is 3 × 0.5 = 1.5); an against mention takes a point off.
 */
export const DEFAULT_EVIDENCE_WEIGHTS: Readonly<Record<EvidenceKind, number>> = {
  decisive: 2.5,
  supporting: 0.5,
  against: -1,
};

/** One named group of evidence as the topic definition gives it. */
export interface EvidenceDefinition {
  /** [a-z0-9-]+, unique within the topic, not "query". */
  id: string;
  kind: EvidenceKind;
  /** A query in the topic language: where it matches, the group has evidence. */
  query: string;
  /** Weight per point; default by kind. Its sign must agree with the kind. */
  weight?: number;
}

export interface CompiledEvidence {
  id: string;
  kind: EvidenceKind;
  query: CompiledQuery;
  /** The configured weight (or the kind's default): the prior that learning starts from. */
  weight: number;
}

/** The least weight of a decisive group: one mention anywhere (1 point) reaches the default bar. */
export const DECISIVE_MIN_WEIGHT = 2.5;

/**
 * The range a kind's weight must stay in, configured or learned: learning never turns a supporting
 * group against, nor makes a decisive group need company.
 */
export function weightBounds(kind: EvidenceKind | 'query'): { min: number; max: number } {
  if (kind === 'against') return { min: Number.NEGATIVE_INFINITY, max: 0 };
  return { min: kind === 'decisive' ? DECISIVE_MIN_WEIGHT : 0, max: Number.POSITIVE_INFINITY };
}
