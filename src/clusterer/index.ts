export { MAX_KEYS } from './build-keys.js';
export {
  type Candidate,
  type ClusterOptions,
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
} from './choose-story.js';
export { type ClusterInput, type Fingerprint, fingerprintEntry } from './fingerprint-entry.js';
export type { FingerprintFeatures } from './fingerprint-features.js';
export { scorePair } from './score-pair.js';
