export { type AppliedTopics, applyTopics, reclassifiedAnything } from './apply-topics.js';
export { followTaughtLabels, type LabelFollower } from './follow-taught-labels.js';
export { gatherExamples, learnTopic, learnTopics } from './learn-topics.js';
export {
  hashTopicDefinition,
  planReclassification,
  type ReclassifyReport,
  reclassifyTopics,
} from './reclassify-topics.js';
export { type ScannedEntry, scanTopicMatches, type TopicScan } from './scan-topic-matches.js';
