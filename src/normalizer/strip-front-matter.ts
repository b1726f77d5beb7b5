const MAX_FRONT_MATTER_LENGTH = 4000;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s|$)/;
const CONTINUATION_LINE = /^(?:\s+\S|- |\s*$)/;

function isFrontMatterBody(block: string): boolean {
  const lines = block.split(/\r?\n/);
  const keyLines = lines.filter((line) => KEY_LINE.test(line)).length;
  return keyLines > 0 && lines.every((line) => KEY_LINE.test(line) || CONTINUATION_LINE.test(line));
}

/**
 * Removes a leaked YAML front-matter block (`---` … `---` of `key: value` lines) from the start
 * of a text or HTML body. Anything else is returned unchanged.
 */
export function stripFrontMatter(body: string): string {
  const start = body.search(/\S/);
  if (start === -1 || !body.startsWith('---', start)) return body;
  const match = FRONT_MATTER.exec(body.slice(start, start + MAX_FRONT_MATTER_LENGTH));
  if (!match || !isFrontMatterBody(match[1] ?? '')) return body;
  return body.slice(start + match[0].length);
}
