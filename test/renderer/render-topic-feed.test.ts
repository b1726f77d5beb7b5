import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { renderTopicFeed } from '../../src/renderer/render-topic-feed.js';
import { makeStories } from './helpers/make-stories.js';

const CONFIG = parseConfig(
  'server: { base_url: "http://feeds.test" }\ntopics:\n  - { id: belarus, title: Belarus, description: News about Belarus, query: "belarus*" }\n',
  '/cfg/topicfeed.yaml',
);

function render(limit: number, page: number, hasNext: boolean) {
  const stories = makeStories();
  return renderTopicFeed(CONFIG, 'test', {
    topic: 'belarus',
    format: 'json',
    limit,
    page,
    stories,
    hasNext,
  });
}

describe('renderTopicFeed', () => {
  it('titles the feed after its topic and dates it by the newest story update', () => {
    const feed = render(50, 1, false);
    const json = JSON.parse(feed.text) as Record<string, unknown>;
    expect(json.title).toBe('Belarus — topicfeed');
    expect(json.description).toBe('News about Belarus');
    expect(feed.updated.toISOString()).toBe('2025-06-23T09:30:00.000Z');
  });

  it('links the default first page without paging parameters, and no next page when none follows', () => {
    const json = JSON.parse(render(50, 1, false).text) as Record<string, unknown>;
    expect(json.feed_url).toBe('http://feeds.test/feeds/belarus.json');
    expect(json.next_url).toBeUndefined();
  });

  it('links a paged feed with its paging parameters and the next page when one follows', () => {
    const json = JSON.parse(render(2, 2, true).text) as Record<string, unknown>;
    expect(json.feed_url).toBe('http://feeds.test/feeds/belarus.json?limit=2&page=2');
    expect(json.next_url).toBe('http://feeds.test/feeds/belarus.json?limit=2&page=3');
  });

  it('puts every story on one unpaged page with limit 0', () => {
    const json = JSON.parse(render(0, 1, true).text) as Record<string, unknown>;
    expect(json.feed_url).toBe('http://feeds.test/feeds/belarus.json');
    expect(json.next_url).toBeUndefined();
    expect(json.items).toHaveLength(2);
  });
});
