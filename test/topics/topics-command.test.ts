import { describe, expect, it } from 'vitest';
import { runTopicfeed } from '../helpers/run-cli.js';
import { fetchDemo } from './demo-store.js';

const BELARUS = { id: 'belarus', query: 'belarus* OR беларус* OR лукашэнк* OR гомел*' };

describe('topicfeed topics', () => {
  it('lists every topic with its threshold and stored stories', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed(['topics', 'list', '--config', file]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^all {2}\(every story\) {2}\d+ stories$/m);
    expect(run.out).toMatch(/^belarus {2}belarus {2}min_score 2\.5 {2}\d+ stories$/m);
  });

  it('prints what a topic matches, with scores and matched terms', async () => {
    const { file } = await fetchDemo([BELARUS]);
    const run = await runTopicfeed(['topics', 'test', 'belarus', '--config', file]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('(vs stored: +0 -0)');
    expect(run.out).toMatch(
      / {3}\d+\.\d\d {2}#\d+ {2}minsk-morning-post {2}National Bank of Belarus .*\[belarus\*\]/,
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
      '--min-score',
      '4',
      '--query',
      'europe* OR sevilla OR trump',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('(draft query)');
    expect(run.out).toContain('min_score 4:');
    expect(run.out).toMatch(
      /\+ +\d\.\d\d {2}#\d+ {2}minsk-morning-post {2}Real Betis edge Sevilla .*\[sevilla\]/,
    );
    const nearMisses = run.out.split('near misses (candidates with a score under 4):')[1] ?? '';
    expect(nearMisses).toMatch(
      / 3\.00 {2}#\d+ {2}world-digest-now {2}Heatwave grips .*\[europe\*\]/,
    );
    expect(nearMisses).not.toContain('Real Betis');
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
