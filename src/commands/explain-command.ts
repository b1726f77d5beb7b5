import type { Logger } from 'pino';
import { explainMatch } from '../classifier/index.js';
import type { TopicConfig } from '../config/index.js';
import type { Claims, StoryMember, StoryView } from '../model/index.js';
import type { EntryReference } from '../store/index.js';
import { describeLearning } from './topics-learning-command.js';
import { type CommandIo, withStoryReader } from './with-app.js';

function describeJoin(member: StoryMember): string {
  if (member.signals.length === 0) return 'founded the story';
  return `score ${member.score.toFixed(3)}; signals: ${member.signals.join(', ')}`;
}

function formatMember(member: StoryMember, index: number): string[] {
  const mark = index === 0 ? '* representative' : `  member ${index + 1}`;
  const source =
    member.sourceTitle === member.sourceId
      ? member.sourceId
      : `${member.sourceId} (${member.sourceTitle})`;
  return [
    `${mark}: ${source}`,
    `    title:     ${member.title}`,
    `    published: ${member.publishedAt}`,
    `    url:       ${member.url ?? '(none)'}`,
    `    entry:     ${member.entryId}${member.guid ? ` guid ${member.guid}` : ''}`,
    `    joined:    ${describeJoin(member)}`,
    `    only here: ${describeClaims(member.unique, 'nothing')}`,
  ];
}

/** Provenance claims on one line: quotes, names, numbers (as the feeds and the story page show them). */
function describeClaims(claims: Claims | undefined, empty: string): string {
  if (claims === undefined) return '(not computed yet: computed when a member joins or changes)';
  const parts = [
    ...claims.quotes.map((quote) => `quote "${quote}"`),
    ...(claims.names.length > 0 ? [`names ${claims.names.join(', ')}`] : []),
    ...(claims.numbers.length > 0 ? [`numbers ${claims.numbers.join(', ')}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : empty;
}

function formatShared(story: StoryView): string[] {
  const outlets = new Set(story.members.map((member) => member.sourceId)).size;
  if (outlets < 2) return [];
  return ['', `confirmed by all ${outlets} outlets: ${describeClaims(story.shared, '(nothing)')}`];
}

/** A story and, for each member (the representative first), why it joined; plain text. */
function formatStoryExplanation(story: StoryView): string {
  const head = [
    `story ${story.id}`,
    `  guid:    ${story.guid}`,
    `  topics:  ${story.topics.length > 0 ? story.topics.join(', ') : '(none)'}`,
    `  created: ${story.createdAt}`,
    `  updated: ${story.updatedAt}`,
    `  members: ${story.members.length}`,
    '',
  ];
  return `${[...head, ...story.members.flatMap(formatMember), ...formatShared(story)].join('\n')}\n`;
}

/**
 * Each topic's judgement of each member: in or out, the score, and what every feature added
 * (its weight per point × its points), so a reader sees why a story is or is not in a topic.
 */
function formatTopicEvidence(topics: readonly TopicConfig[], members: EntryReference[]): string {
  const lines = ['', 'topics:'];
  for (const topic of topics) {
    lines.push(
      `  ${topic.id} (min_score ${topic.compiled.minScore}; ${describeLearning(topic.compiled)})`,
    );
    for (const member of members) {
      const match = explainMatch(member, topic.compiled);
      const verdict = match.matched ? 'in ' : 'out';
      const taught = match.taught === undefined ? '' : ` taught ${match.taught ? 'yes' : 'no'};`;
      const parts = match.evidence.map(
        (f) =>
          `${f.id} ${f.contribution.toFixed(2)} (${f.weight.toFixed(2)} × ${f.points.toFixed(2)})`,
      );
      const stems = match.terms.filter((term) => term.startsWith('model: '));
      const model = match.model
        ? `; word model ${match.model.probability.toFixed(2)}${stems.length > 0 ? ` (${stems.map((term) => term.slice(7)).join(', ')})` : ''}`
        : '';
      lines.push(
        `    #${member.id} ${verdict} ${match.score.toFixed(2)}${taught} ${parts.join(', ') || 'no evidence'}${model}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `topicfeed explain <story id|guid>`: prints the story's members and why each joined, on either
 * backend (the stored join scores and signals, and each topic's judgement of each member).
 */
export function explainCommand(
  configPath: string,
  storyRef: string | undefined,
  io: CommandIo,
  logger: Logger,
): Promise<number> {
  return withStoryReader(configPath, io, logger, async (stories, config) => {
    if (!storyRef) throw new Error('explain: usage: topicfeed explain <story id|guid>');
    const id = await stories.findStoryId(storyRef);
    // A story merged into another (an entry bridged them) is explained as the one it is now.
    const merged =
      id === undefined && /^\d+$/u.test(storyRef.trim())
        ? await stories.findMergedStory(Number(storyRef.trim()))
        : undefined;
    const found = id ?? merged;
    const story = found === undefined ? undefined : await stories.readStory(found);
    if (!story)
      throw new Error(`explain: no story "${storyRef}" (give a story id or urn:uuid GUID)`);
    if (merged !== undefined)
      io.out(`story ${storyRef.trim()} was merged into story ${merged}\n\n`);
    io.out(formatStoryExplanation(story));
    io.out(formatTopicEvidence(config.topics, await stories.readStoryMembers(story.id)));
    return 0;
  });
}
