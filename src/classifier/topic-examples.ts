import type { LabelledExample } from './learn-weights.js';

/**
 * One line of an example file (JSON Lines): an entry's title and text, and the topics it belongs
 * to. For every topic that reads the file, the entry is a positive example when the topic is
 * listed and a negative one otherwise. `source` (where the entry came from) and `story` (copies of
 * one story share it, so they stay in one fold when cross-validating) are optional.
 */
export interface ExampleRecord {
  topics: string[];
  title: string;
  text: string;
  source?: string;
  story?: string;
}

/** A line of an example file that is not a valid record; `line` is 1-based. */
export class ExampleFileError extends Error {
  override readonly name = 'ExampleFileError';
  readonly line: number;

  constructor(message: string, line: number, options?: ErrorOptions) {
    super(`classifier: examples line ${line}: ${message}`, options);
    this.line = line;
  }
}

/** Reads an example file: one JSON object a line; blank lines skipped; throws on the first bad line. */
export function parseExampleLines(text: string): ExampleRecord[] {
  const records: ExampleRecord[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ExampleFileError('not valid JSON', index + 1, { cause: error });
    }
    records.push(toRecord(value, index + 1));
  });
  return records;
}

function toRecord(value: unknown, line: number): ExampleRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ExampleFileError('expected an object', line);
  const record = value as Record<string, unknown>;
  const topics = record.topics;
  if (!Array.isArray(topics) || !topics.every((topic) => typeof topic === 'string'))
    throw new ExampleFileError('"topics" must be a list of topic ids', line);
  if (typeof record.title !== 'string' || typeof record.text !== 'string')
    throw new ExampleFileError('"title" and "text" must be strings', line);
  if (record.title.trim() === '' && record.text.trim() === '')
    throw new ExampleFileError('an example needs a title or a text', line);
  return {
    topics: topics as string[],
    title: record.title,
    text: record.text,
    ...optionalString(record, 'source', line),
    ...optionalString(record, 'story', line),
  };
}

function optionalString(
  record: Record<string, unknown>,
  key: 'source' | 'story',
  line: number,
): Partial<ExampleRecord> {
  const value = record[key];
  if (value === undefined) return {};
  if (typeof value !== 'string') throw new ExampleFileError(`"${key}" must be a string`, line);
  return { [key]: value };
}

/** The file's records as one topic's labelled examples. */
export function examplesForTopic(
  records: readonly ExampleRecord[],
  topicId: string,
): LabelledExample[] {
  return records.map((record) => ({
    entry: { title: record.title, text: record.text },
    label: record.topics.includes(topicId),
    ...(record.story !== undefined ? { group: record.story } : {}),
    ...(record.source !== undefined ? { source: record.source } : {}),
  }));
}
