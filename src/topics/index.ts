export { hashTopicDefinition, planReclassification } from './reclassify-plan.js';
export { reclassifyTopics } from './reclassify-topics.js';
export { type ScannedEntry, scanTopicMatches, type TopicScan } from './scan-topic-matches.js';
