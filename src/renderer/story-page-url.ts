/** The public URL of a story's HTML page, from the index page's URL (`<base>/`). */
export function storyPageUrl(homeUrl: string, storyId: number): string {
  return `${homeUrl.replace(/\/*$/u, '/')}stories/${storyId}`;
}

/** The public URL of a topic's HTML page (page 1 unless told). */
export function topicPageUrl(homeUrl: string, topicId: string, page = 1): string {
  const base = `${homeUrl.replace(/\/*$/u, '/')}topics/${encodeURIComponent(topicId)}`;
  return page > 1 ? `${base}?page=${page}` : base;
}
