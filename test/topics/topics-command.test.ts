import { describe, expect, it } from 'vitest';
import { runTopicfeed } from '../helpers/run-cli.js';
import { fetchDemo } from './demo-store.js';

const BELARUS = { id: 'belarus', query: 'belarus* OR беларус* OR лукашэнк* OR гомел*' };

describe('topicfeed topics', () => {
  it('lists every topic with its threshold and stored stories', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed(['topics', 'list', '--config', file]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^all .* 7 stories$/m);
    expect(run.out).toMatch(/^belarus belarus min_score 2\.5 \d+ stories$/m);
  });

  it('prints what a topic matches, with scores and matched terms', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed(['topics', 'test', 'belarus', '--config', file]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('(vs stored: +0 -0)');
    expect(run.out).toMatch(
      / {3}\d+\.\d\d {2}minsk-morning-post {2}National Bank of Belarus .*\[belarus\*\]/,
    );
    expect(run.out).not.toContain('Real Betis');
  });

  it('runs a draft query, marks what it adds, and shows near misses with --all', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed([
      'topics',
      'test',
      'belarus',
      '--config',
      file,
      '--all',
      '--query',
      'title:(betis OR heatwave) OR europe*',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('(draft query)');
    expect(run.out).toMatch(/\+ +3\.\d\d {2}minsk-morning-post {2}Real Betis edge Sevilla/);
    expect(run.out).toMatch(/near misses[^\n]*\n(.*\n)*.*\[europe\*\]/);
  });

  it('reports a syntax error in a draft query with its position', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed([
      'topics',
      'test',
      'belarus',
      '--config',
      file,
      '--query',
      'belarus AND (minsk',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/classifier: .*at character \d+/);
    expect(run.err).toContain('^');
  });

  it('refuses an unknown topic without a draft query', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed(['topics', 'test', 'sport', '--config', file]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('unknown topic "sport"; known: belarus');
  });
});
