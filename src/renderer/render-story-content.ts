import type { StoryView } from '../model/index.js';
import { escapeHtml } from '../normalizer/index.js';

function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/** The "Also reported by" list: every other outlet that carried the story, each linked. */
export function renderAlsoReported(story: StoryView): string {
  const others = story.members.slice(1);
  if (others.length === 0) return '';
  const links = others.map((member) => {
    const name = escapeHtml(member.sourceTitle);
    const title = escapeHtml(member.title);
    return isWebUrl(member.url)
      ? `<li><a href="${escapeHtml(member.url)}" rel="noopener noreferrer nofollow">${name}</a>: ${title}</li>`
      : `<li>${name}: ${title}</li>`;
  });
  return `<hr/><p>Also reported by:</p><ul>${links.join('')}</ul>`;
}

/** The item body: the representative's sanitized content, then the other outlets. */
export function renderStoryContent(story: StoryView): string {
  const body = story.contentHtml || `<p>${escapeHtml(story.summary)}</p>`;
  return `${body}${renderAlsoReported(story)}`;
}
