export {
  type Candidate,
  type ClusterOptions,
  chooseStory,
  DEFAULT_CLUSTER_OPTIONS,
} from './choose-story.js';
export {
  type ClusterInput,
  type Fingerprint,
  type FingerprintFeatures,
  fingerprintEntry,
  MAX_KEYS,
} from './fingerprint-entry.js';
export { scorePair } from './score-pair.js';
