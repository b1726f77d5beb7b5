export {
  type FoldedDocument,
  foldDocument,
  type PackedFoldedDocument,
  packFoldedDocument,
  unpackFoldedDocument,
} from './build-document.js';
export {
  CLASSIFIER_REVISION,
  type ClassifiableEntry,
  classifyEntry,
  explainMatch,
  isOpenToModel,
  type MatchExplanation,
  type TopicMatch,
} from './classify-entry.js';
export {
  type CompiledQuery,
  type CompiledTopic,
  compileQuery,
  compileTopic,
  configuredWeights,
  DEFAULT_MIN_SCORE,
  parseWatchlist,
  pinKey,
  readWeights,
  type TopicDefinition,
  withPins,
  withWeights,
} from './compile-topic.js';
export {
  type CrossValidation,
  crossValidate,
  type ExampleFigures,
  scoreOf,
} from './cross-validate.js';
export {
  type CompiledEvidence,
  DEFAULT_EVIDENCE_WEIGHTS,
  type EvidenceDefinition,
  type EvidenceKind,
  QUERY_FEATURE,
} from './evidence.js';
export { splitFoldedWords } from './fold-text.js';
export {
  DEFAULT_LEARNING,
  type LabelledExample,
  type LearningOptions,
  learnWeights,
  type MeasuredExample,
  measureExamples,
} from './learn-weights.js';
export { QuerySyntaxError, TopicDefinitionError } from './query-node.js';
export {
  parseTextModel,
  readStems,
  readTextModel,
  stemsProbability,
  type TextModel,
  type TextModelReading,
} from './text-model.js';
export {
  ExampleFileError,
  type ExampleRecord,
  examplesForTopic,
  parseExampleLines,
} from './topic-examples.js';
export type { FeatureEvidence } from './weigh-evidence.js';
