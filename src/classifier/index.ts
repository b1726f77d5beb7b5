export { CLASSIFIER_REVISION } from './classifier-revision.js';
export {
  type ClassifiableEntry,
  classifyEntry,
  explainMatch,
  type MatchExplanation,
  type TopicMatch,
} from './classify-entry.js';
export { type CompiledQuery, compileQuery } from './compile-query.js';
export {
  type CompiledTopic,
  compileTopic,
  DEFAULT_MIN_SCORE,
  type TopicDefinition,
} from './compile-topic.js';
export { parseWatchlist } from './parse-watchlist.js';
export { QuerySyntaxError } from './query-node.js';
