import { describe, expect, it } from 'vitest';
import type { StoryView } from '../../src/model/index.js';
import { renderStoryPage } from '../../src/renderer/render-story-page.js';
import { renderTopicPage } from '../../src/renderer/render-topic-page.js';
import { makeStories } from './helpers/make-stories.js';

const HOSTILE = '<script>alert(1)</script>"\'&';

/** The two-outlet story with hostile text everywhere a feed can put text, and claims. */
function hostileStory(): StoryView {
  const [story] = makeStories();
  if (story === undefined) throw new Error('no story');
  const [first, second] = story.members;
  if (first === undefined || second === undefined) throw new Error('no members');
  const none = { quotes: [], names: [], numbers: [] };
  return {
    ...story,
    title: `Title ${HOSTILE}`,
    topics: ['belarus'],
    contentHtml: `<p>Freed in Vilnius &lt;img src=x onerror=alert(1)&gt; ${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
    members: [
      { ...first, sourceTitle: `Source ${HOSTILE}`, unique: { ...none, names: ['Vilnius'] } },
      {
        ...second,
        title: `Member ${HOSTILE}`,
        url: 'javascript:alert(1)',
        signals: [`sig ${HOSTILE}`],
        unique: { quotes: [`Quote ${HOSTILE}`], names: [`Name ${HOSTILE}`], numbers: ['47'] },
      },
    ],
    shared: { quotes: [], names: ['Tsikhanouski'], numbers: [] },
  };
}

describe('the story page', () => {
  const html = renderStoryPage(hostileStory());

  it('escapes every byte of story data: no markup from a feed survives', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain('Quote &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(html).not.toContain('href="javascript:');
  });

  it('carries no script, no external resource: only an inline stylesheet', () => {
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(link|script|img|iframe)|<[^>]*\s(src|style)=/i);
  });

  it("marks the representative's own claims in its text, shows each copy's and the shared ones", () => {
    expect(html).toContain('Freed in <mark class="only">Vilnius</mark>');
    expect(html).toContain('Confirmed by 2 outlets');
    expect(html).toMatch(/Only here[\s\S]*<li>47<\/li>/);
    expect(html).toContain('joined on: sig &lt;script&gt;');
  });
});

describe('the topic page', () => {
  it('lists stories with their time, outlets and page link, escaped, with paging links', () => {
    const stories = makeStories().map((story) => ({ ...story, title: `T ${HOSTILE}` }));
    const html = renderTopicPage({
      topic: 'belarus',
      title: `Belarus ${HOSTILE}`,
      page: 2,
      stories,
      hasNext: true,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a class="title" href="/stories/2">T &lt;script&gt;');
    expect(html).toContain(
      '2025-06-22 17:04 UTC · 2 outlets: The Minsk Ledger, Freedom Watch &amp; Co',
    );
    expect(html).toContain('href="/topics/belarus">← newer</a>');
    expect(html).toContain('href="/topics/belarus?page=3">older →</a>');
  });
});
