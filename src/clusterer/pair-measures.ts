import type { FactMeasures } from './measure-facts.js';

/** How rare a term is in the recent stream: its inverse document frequency (see StoryIndex). */
export type TermWeight = (term: string) => number;

/** A flat weight for every term: what a pair is measured with when no stream is known. */
export const FLAT_WEIGHT: TermWeight = () => 1;

/**
 * The generic measures of a pair that the pair model weighs, each in [0, 1] (or a small count),
 * named so that `explain` can show them.
 */
export interface PairMeasures extends FactMeasures {
  /** Rarity-weighted cosine of the headlines (language-free terms across languages). */
  titleSim: number;
  /** The same over headline and lead together. */
  leadSim: number;
  /** Rarity-weighted Jaccard of the names of headline and lead. */
  rareNames: number;
  /** Rare terms of headline and lead both share, however long either is, squashed to [0, 1]. */
  sharedRare: number;
  /**
   * How much of each side's most distinctive headline terms (its rarest) the other side does not
   * say anywhere in headline, lead or names: the larger of the two. Copies agree on what is
   * distinctive about them; the counts of one incident as it goes on (ongoingIncident) are left
   * out, since they change.
   */
  distinctMissing: number;
  /** Headline similarity when the headlines name different people or places. */
  conflictingTitleSim: number;
  /** Shared rare terms discounted by the names that do not match: the same template is not enough. */
  agreeingRare: number;
  /** Headline similarity of two languages (fewer terms carry across: names, concepts, numbers). */
  crossTitleSim: number;
  /**
   * Both headlines name someone, and neither side mentions anyone the other's headline names (as
   * a name anywhere, or as any capitalised word of its headline).
   */
  nameConflict: number;
  /**
   * How much of what each side's headline and lead name (weighted by rarity) the other side never
   * mentions, the smaller of the two: another protagonist, another place.
   */
  nameMismatch: number;
  /**
   * Both headlines carry numbers and share none (150 prisoners vs 84: another event); not for one
   * incident as it goes on told six hours apart or more, whose counts are its update.
   */
  numberConflict: number;
  /** Headline similarity when the headlines' numbers conflict: a recurring template, another day. */
  conflictingNumbersSim: number;
  /** Rare numbers both share. */
  sharedNumbers: number;
  /** Both headlines say what happened, and it is the same (died, sentenced, elected). */
  eventAgree: number;
  /** Both headlines say what happened, and it differs (arrested vs sentenced). */
  eventConflict: number;
  /**
   * eventConflict between headlines in two languages: a translation tells the event it
   * translates, while a name's consonant skeleton can meet another name's.
   */
  crossEventConflict: number;
  /** One side is an explainer, live page, gallery, digest, opinion, video or profile; the other not. */
  genreMismatch: number;
  /** One side announces what will happen, the other reports it. */
  previewMismatch: number;
  /** The same headline word for word. */
  sameTitle: number;
  /** Days between the two, capped at 3. */
  daysApart: number;
  /** Share of verbatim text (MinHash) when both texts are long enough to tell. */
  textOverlap: number;
  /** Rare verbatim quote shingles both share, squashed. */
  sharedQuotes: number;
  /**
   * The same headline word for word, and each lead names, among its first two names that neither
   * headline names, someone the other side never mentions: a template headline ("В N вынесли
   * приговор…") told of another protagonist (0 for other headlines: measured only then).
   */
  leadNameConflict: number;
  /**
   * Headlines of one language that each name someone (a person, a place) the other side never
   * mentions: with alike headlines, one template told of other people (rule `other-people`).
   * Across languages names meet by skeleton and miss too often to be trusted for this (measured:
   * translations of newsroom-c and newsroom-i were lost), so 0 there.
   */
  otherPeople: number;
  /**
   * Both headlines name someone by given name and surname, and neither side says anyone the
   * other's headline names so: a surname met only with another given name, or a given name met
   * by skeleton, is another person (rule `other-person`; see measure-people.ts).
   */
  personConflict: number;
  /**
   * Both headlines name a contest of a meet, and on one axis they name different ones: the
   * sprint and the pursuit, the women's race and the men's, a semi-final and a quarter-final
   * (rule `other-contests`; read-contests.ts).
   */
  contestConflict: number;
  /**
   * One headline is set in a place of Belarus, the other names another country by name, and
   * neither side mentions the other's country, nor a place in it (rule `other-countries`;
   * measure-countries.ts).
   */
  countryConflict: number;
  /**
   * Both tell one incident as it goes on (measure-facts.ts, continuesIncident) and share a name:
   * the days between them are the incident's course, and the decision does not count them.
   */
  ongoingIncident: number;
}

/**
 * Measures only the rules read (decide-on-measures.ts), never weighed by the pair model: a
 * conflict no development same-story pair shows, too rare for the model to learn a weight that
 * does not shift the others.
 */
export type RuleMeasure =
  | 'speakerConflict'
  | 'crossEventConflict'
  | 'leadNameConflict'
  | 'ageConflict'
  | 'contestConflict'
  | 'countryConflict'
  | 'followUp'
  | 'outcomeOfPreview'
  | 'otherPeople'
  | 'personConflict'
  | 'ongoingIncident';

/** The measures the pair model weighs. */
export type ModelMeasure = Exclude<keyof PairMeasures, RuleMeasure>;
