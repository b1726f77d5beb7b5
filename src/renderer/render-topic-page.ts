import type { StoryView } from '../model/index.js';
import { escapeHtml } from '../normalizer/index.js';
import { countOutlets, formatTime, renderPageLayout } from './page-layout.js';

/** One page of a topic's stories as the store read it. */
export interface TopicPage {
  topic: string;
  title: string;
  description?: string;
  page: number;
  stories: readonly StoryView[];
  hasNext: boolean;
}

/**
 * `GET /topics/{id}`: a topic's latest stories, newest first (title, time, number of outlets, a
 * link to the story page), with older/newer page links. Every byte of story data is escaped. Pure.
 */
export function renderTopicPage(page: TopicPage): string {
  const path = `/topics/${encodeURIComponent(page.topic)}`;
  const items = page.stories.map(renderStoryRow).join('\n');
  const newer =
    page.page > 1
      ? `<a href="${path}${page.page > 2 ? `?page=${page.page - 1}` : ''}">← newer</a>`
      : '<span></span>';
  const older = page.hasNext
    ? `<a href="${path}?page=${page.page + 1}">older →</a>`
    : '<span></span>';
  const feeds = ['rss', 'atom', 'json']
    .map(
      (format) =>
        `<a href="/feeds/${encodeURIComponent(page.topic)}.${format}">${format.toUpperCase()}</a>`,
    )
    .join(' · ');
  const body = `<main><h1>${escapeHtml(page.title)}</h1>
${page.description ? `<p class="meta">${escapeHtml(page.description)}</p>` : ''}
<p class="meta">Page ${page.page} · subscribe: ${feeds}</p>
${items === '' ? '<p>No stories yet.</p>' : `<ol class="stories">${items}</ol>`}
<nav class="pager">${newer}${older}</nav></main>`;
  return renderPageLayout(
    `${page.title}${page.page > 1 ? ` (page ${page.page})` : ''} — topicfeed`,
    body,
  );
}

function renderStoryRow(story: StoryView): string {
  const outlets = new Set(story.members.map((member) => member.sourceId)).size;
  const sources = story.members.map((member) => member.sourceTitle);
  const names = [...new Set(sources)].slice(0, 4).map(escapeHtml).join(', ');
  return `<li><a class="title" href="/stories/${story.id}">${escapeHtml(story.title || '(untitled)')}</a>
<p class="meta">${escapeHtml(formatTime(story.publishedAt))} · ${countOutlets(outlets)}: ${names}${outlets > 4 ? ', …' : ''}</p></li>`;
}
