export {
  CLASSIFIER_REVISION,
  type ClassifiableEntry,
  classifyEntry,
  explainMatch,
  type MatchExplanation,
  type TopicMatch,
} from './classify-entry.js';
export {
  type CompiledQuery,
  type CompiledTopic,
  compileQuery,
  compileTopic,
  DEFAULT_MIN_SCORE,
  parseWatchlist,
  type TopicDefinition,
} from './compile-topic.js';
export { QuerySyntaxError, TopicDefinitionError } from './query-node.js';
