import { describe, expect, it } from 'vitest';
import {
  ExampleFileError,
  examplesForTopic,
  parseExampleLines,
} from '../../src/classifier/topic-examples.js';

describe('parseExampleLines', () => {
  it('reads one record a line, skipping blank lines, with optional source and story', () => {
    const text = [
      '{"topics":["belarus","political-prisoners"],"title":"A","text":"a","source":"x/feed","story":"x/s1"}',
      '',
      '{"topics":[],"title":"B","text":"b"}\r',
    ].join('\n');
    expect(parseExampleLines(text)).toEqual([
      {
        topics: ['belarus', 'political-prisoners'],
        title: 'A',
        text: 'a',
        source: 'x/feed',
        story: 'x/s1',
      },
      { topics: [], title: 'B', text: 'b' },
    ]);
  });

  it.each([
    ['{"topics":[],"title":"A"', 1, 'not valid JSON'],
    ['["a"]', 1, 'expected an object'],
    ['{"topics":"belarus","title":"A","text":""}', 1, '"topics" must be a list'],
    ['{"topics":[],"title":1,"text":""}', 1, '"title" and "text" must be strings'],
    ['{"topics":[],"title":" ","text":""}', 1, 'an example needs a title or a text'],
    ['{"topics":[],"title":"A","text":"","story":3}', 1, '"story" must be a string'],
  ])('refuses %s with its line number', (line, number, message) => {
    const text = `{"topics":[],"title":"ok","text":"ok"}\n${line}`;
    expect(() => parseExampleLines(text)).toThrow(ExampleFileError);
    expect(() => parseExampleLines(text)).toThrow(`examples line ${number + 1}: ${message}`);
  });
});

describe('examplesForTopic', () => {
  it('makes every record an example of the topic, positive when it lists the topic', () => {
    const records = parseExampleLines(
      '{"topics":["belarus"],"title":"A","text":"a","story":"s1","source":"x"}\n{"topics":[],"title":"B","text":"b"}',
    );
    expect(examplesForTopic(records, 'belarus')).toEqual([
      { entry: { title: 'A', text: 'a' }, label: true, group: 's1', source: 'x' },
      { entry: { title: 'B', text: 'b' }, label: false },
    ]);
    expect(examplesForTopic(records, 'sport').map((e) => e.label)).toEqual([false, false]);
  });
});
