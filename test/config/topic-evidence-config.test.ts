import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWeights } from '../../src/classifier/index.js';
import { ConfigError, formatConfigIssue } from '../../src/config/config-error.js';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';

function problems(text: string, file = '/cfg/topicfeed.yaml'): string[] {
  try {
    parseConfig(text, file);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map(formatConfigIssue);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const BAD_EVIDENCE = `topics:
  - id: pp
    title: PP
    query: prisoner*
    evidence:
      - id: designation
        kind: decisive
        query: '"political prisoner*"'
        weight: 1
      - id: charge
        kind: supportive
        query: treason
      - id: war
        kind: against
        query: '"prisoner* of war" AND ('
      - id: designation
        kind: supporting
        query: x
        colour: red
`;

describe('topic evidence groups in the config', () => {
  it('compiles the groups of a topic with their kinds and weights', () => {
    const config = parseConfig(
      `topics:
  - id: pp
    title: PP
    query: prisoner*
    evidence:
      - { id: designation, kind: decisive, query: '"political prisoner*"' }
      - { id: charge, kind: supporting, query: treason, weight: 0.8 }
`,
      '/cfg/topicfeed.yaml',
    );
    expect(readWeights(config.topics[0]?.compiled ?? ({} as never))).toEqual({
      query: 1,
      designation: 2.5,
      charge: 0.8,
    });
  });

  it('lists every problem of the groups with its line, column and path', () => {
    expect(problems(BAD_EVIDENCE)).toEqual([
      "/cfg/topicfeed.yaml:9:17 topics.0.evidence.0.weight: classifier: a decisive group's weight must be 2.5 or above",
      '/cfg/topicfeed.yaml:11:15 topics.0.evidence.1.kind: expected decisive, supporting or against',
      '/cfg/topicfeed.yaml:19:9 topics.0.evidence.3.colour: unknown key',
    ]);
  });

  it('reports a syntax error in a group query where it is', () => {
    const text = BAD_EVIDENCE.replace('weight: 1', 'weight: 3').replace('supportive', 'supporting');
    expect(problems(text)).toEqual([
      '/cfg/topicfeed.yaml:15:41 topics.0.evidence.2.query: classifier: query ends where a term was expected',
      '/cfg/topicfeed.yaml:19:9 topics.0.evidence.3.colour: unknown key',
    ]);
  });
});

describe('topic example files in the config', () => {
  function configWith(examples: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-examples-'));
    writeFileSync(join(dir, 'examples.jsonl'), examples);
    writeFileSync(
      join(dir, 'c.yaml'),
      'topics:\n  - { id: a, title: A, query: x, examples: examples.jsonl }\n  - { id: b, title: B, query: y, examples: examples.jsonl }\n',
    );
    return join(dir, 'c.yaml');
  }

  it('reads an example file relative to the config, once for the topics sharing it', () => {
    const file = configWith('{"topics":["a"],"title":"X","text":"x"}\n');
    const [a, b] = loadConfig(file).topics;
    expect(a?.examples?.records).toHaveLength(1);
    expect(a?.examples?.records).toBe(b?.examples?.records);
    expect(a?.examples?.file).toBe(join(file, '..', 'examples.jsonl'));
    expect(a?.examples?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the topic, the file problem and the line of a bad record', () => {
    const bad = configWith('{"topics":["a"],"title":"X","text":"x"}\nnot json\n');
    expect(() => loadConfig(bad)).toThrow(
      /topics\.0\.examples: cannot read examples: classifier: examples line 2: not valid JSON/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'topicfeed-examples-'));
    writeFileSync(
      join(dir, 'c.yaml'),
      'topics:\n  - { id: a, title: A, query: x, examples: no.jsonl }\n',
    );
    expect(() => loadConfig(join(dir, 'c.yaml'))).toThrow(
      /topics\.0\.examples: cannot read examples: ENOENT/,
    );
  });
});
