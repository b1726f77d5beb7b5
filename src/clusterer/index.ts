export {
  type ClusterOptions,
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
  type StoryChoice,
} from './choose-story.js';
export {
  type ClusterInput,
  FINGERPRINT_VERSION,
  type Fingerprint,
  type FingerprintFeatures,
  fingerprintEntry,
  MAX_KEYS,
  restoreFingerprint,
} from './fingerprint-entry.js';
export { measurePair, type PairMeasures, type TermWeight } from './measure-pair.js';
export { type PairModel, predictPair, SHIPPED_PAIR_MODEL } from './pair-model.js';
export { placeInIndex } from './place-in-index.js';
export { type PairScore, scorePair } from './score-pair.js';
export {
  type Candidate,
  DEFAULT_INDEX_OPTIONS,
  StoryIndex,
  type StoryIndexOptions,
} from './story-index.js';
