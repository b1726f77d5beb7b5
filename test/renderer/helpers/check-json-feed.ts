/**
 * The JSON Feed 1.1 rules (https://www.jsonfeed.org/version/1.1/) as a list of problems: required
 * keys, types, unique item ids, content, RFC 3339 dates, `authors` arrays, no 1.0 `author`, and
 * no unknown keys except `_` extensions.
 */
const FEED_KEYS = new Set([
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'authors',
  'language',
  'expired',
  'hubs',
  'items',
]);
const ITEM_KEYS = new Set([
  'id',
  'url',
  'external_url',
  'title',
  'content_html',
  'content_text',
  'summary',
  'image',
  'banner_image',
  'date_published',
  'date_modified',
  'authors',
  'tags',
  'language',
  'attachments',
]);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

function checkKeys(object: Json, allowed: Set<string>, where: string): string[] {
  return Object.keys(object)
    .filter((key) => !allowed.has(key) && !key.startsWith('_'))
    .map((key) => `${where}: unknown key "${key}"${key === 'author' ? ' (1.0; use authors)' : ''}`);
}

function checkStrings(object: Json, keys: string[], where: string): string[] {
  return keys
    .filter((key) => key in object && typeof object[key] !== 'string')
    .map((key) => `${where}.${key}: not a string`);
}

function checkAuthors(object: Json, where: string): string[] {
  if (!('authors' in object)) return [];
  const authors = object.authors;
  if (!Array.isArray(authors) || authors.length === 0)
    return [`${where}.authors: not a non-empty array`];
  return authors.flatMap((author: Json, i) =>
    ['name', 'url', 'avatar'].some((key) => typeof author?.[key] === 'string')
      ? []
      : [`${where}.authors[${i}]: needs name, url or avatar`],
  );
}

function checkItem(item: Json, where: string): string[] {
  const problems = [...checkKeys(item, ITEM_KEYS, where), ...checkAuthors(item, where)];
  problems.push(
    ...checkStrings(
      item,
      ['url', 'title', 'content_html', 'content_text', 'summary', 'language'],
      where,
    ),
  );
  if (typeof item.id !== 'string' || item.id === '') problems.push(`${where}.id: missing`);
  if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
    problems.push(`${where}: needs content_html or content_text`);
  for (const key of ['date_published', 'date_modified'])
    if (key in item && !RFC3339.test(String(item[key])))
      problems.push(`${where}.${key}: not RFC 3339`);
  if (
    'tags' in item &&
    !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string'))
  )
    problems.push(`${where}.tags: not an array of strings`);
  return problems;
}

function checkHubs(feed: Json): string[] {
  if (!('hubs' in feed)) return [];
  const hubs = feed.hubs;
  if (!Array.isArray(hubs)) return ['hubs: not an array'];
  return hubs.flatMap((hub: Json, i) =>
    typeof hub?.type === 'string' && typeof hub?.url === 'string'
      ? []
      : [`hubs[${i}]: needs type and url`],
  );
}

export function checkJsonFeed(feed: Json): string[] {
  const problems = [
    ...checkKeys(feed, FEED_KEYS, 'feed'),
    ...checkAuthors(feed, 'feed'),
    ...checkHubs(feed),
  ];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') problems.push('version: not 1.1');
  if (typeof feed.title !== 'string' || feed.title === '') problems.push('title: missing');
  problems.push(
    ...checkStrings(
      feed,
      ['home_page_url', 'feed_url', 'description', 'next_url', 'language'],
      'feed',
    ),
  );
  if (!Array.isArray(feed.items)) return [...problems, 'items: not an array'];
  const items = feed.items as Json[];
  problems.push(...items.flatMap((item, i) => checkItem(item, `items[${i}]`)));
  const ids = items.map((item) => item.id);
  if (new Set(ids).size !== ids.length) problems.push('items: ids are not unique');
  return problems;
}
