export { gatherExamples, learnTopic, learnTopics } from './learn-topics.js';
export {
  hashTopicDefinition,
  planReclassification,
  reclassifyTopics,
} from './reclassify-topics.js';
export { type ScannedEntry, scanTopicMatches, type TopicScan } from './scan-topic-matches.js';
