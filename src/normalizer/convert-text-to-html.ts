import { decodeEntities } from './decode-entities.js';
import { escapeHtml } from './escape-html.js';

const MARKUP = /<(?:[A-Za-z][A-Za-z0-9-]*|\/[A-Za-z][A-Za-z0-9-]*|!--)[\s/>]/;
const BOLD_LINE = /^\*\*([^*]+)\*\*$/;

/** True when the body holds no tags at all: it came in as plain text. */
export function isPlainText(body: string): boolean {
  return !MARKUP.test(body);
}

/** Turns plain text into HTML: one `<p>` per non-empty line; a `**line**` becomes bold. */
export function convertTextToHtml(text: string): string {
  return decodeEntities(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bold = BOLD_LINE.exec(line);
      return bold
        ? `<p><strong>${escapeHtml(bold[1] ?? '')}</strong></p>`
        : `<p>${escapeHtml(line)}</p>`;
    })
    .join('\n');
}
