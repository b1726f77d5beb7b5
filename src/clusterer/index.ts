/** Text tools other stages reuse (provenance compares claims with them across languages). */
export { collectNames } from './analyze-text.js';
export {
  type ClusterOptions,
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
  type StoryChoice,
} from './choose-story.js';
export { decideOnMeasures, type MeasuredDecision } from './decide-on-measures.js';
export { findLateCopies } from './find-late-copies.js';
export {
  type ClusterInput,
  FINGERPRINT_VERSION,
  type Fingerprint,
  type FingerprintFeatures,
  fingerprintEntry,
  MAX_KEYS,
  restoreFingerprint,
} from './fingerprint-entry.js';
export { measurePair } from './measure-pair.js';
export { compileNewsLexicon, lookUpConcept, type NewsLexicon } from './news-lexicon.js';
export { readNumberWord, sumNumberWords } from './number-words.js';
export type { ModelMeasure, PairMeasures, TermWeight } from './pair-measures.js';
export { type PairModel, predictPair, SHIPPED_PAIR_MODEL } from './pair-model.js';
export { placeInIndex } from './place-in-index.js';
export { type PairScore, scorePair } from './score-pair.js';
export { skeletonizeName } from './skeletonize-name.js';
export { STOP_WORDS, stemWord } from './stem-word.js';
export {
  type Candidate,
  DEFAULT_INDEX_OPTIONS,
  StoryIndex,
  type StoryIndexOptions,
} from './story-index.js';
export {
  extractNumbers,
  findQuotedSpans,
  startsWithCapital,
  type TextToken,
  tokenizeWithSentenceStarts,
} from './text-features.js';
