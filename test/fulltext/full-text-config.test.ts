import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/index.js';
import { runTopicfeed } from '../helpers/run-cli.js';
import { writeTempConfig } from '../helpers/temp-config.js';

function sourcesYaml(lines: string): string {
  return `sources:\n  - id: digest\n    url: https://digest.example/feed.xml\n${lines}`;
}

function problems(text: string): string[] {
  try {
    parseConfig(text, 'topicfeed.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n').slice(1);
    throw error;
  }
  return [];
}

describe('sources[].full_text and full_text_serve', () => {
  it.each([
    ['', 'never', false],
    ['    full_text: false\n', 'never', false],
    ['    full_text: true\n', 'always', false],
    ['    full_text: auto\n', 'auto', false],
    ['    full_text: "auto"\n    full_text_serve: true\n', 'auto', true],
    ['    full_text: true\n    full_text_serve: false\n', 'always', false],
  ])('reads %j', (lines, fullText, fullTextServe) => {
    const [source] = parseConfig(sourcesYaml(lines), 'topicfeed.yaml').sources;
    expect(source).toMatchObject({ fullText, fullTextServe });
  });

  it('names the line, the column and the accepted values of a bad full_text', () => {
    expect(problems(sourcesYaml('    full_text: yes\n'))).toEqual([
      'topicfeed.yaml:4:16 sources.0.full_text: expected true, false or auto',
    ]);
  });

  it('refuses full_text_serve without full_text, at the key', () => {
    expect(problems(sourcesYaml('    full_text_serve: true\n'))).toEqual([
      'topicfeed.yaml:4:22 sources.0.full_text_serve: needs full_text: true or auto (without it no article is extracted to serve)',
    ]);
    expect(problems(sourcesYaml('    full_text_serve: "yes"\n'))[0]).toMatch(
      /^topicfeed\.yaml:4:22 sources\.0\.full_text_serve: /,
    );
  });

  it('passes topicfeed check', async () => {
    const { file } = writeTempConfig({
      sources: [
        { id: 'a', url: 'https://a.example/feed.xml', full_text: true, full_text_serve: true },
        { id: 'b', url: 'https://b.example/feed.xml', full_text: 'auto' },
      ],
    });
    const result = await runTopicfeed(['check', '--config', file]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/ok \(2 sources, 0 topics\)/);
  });
});
