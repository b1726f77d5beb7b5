import { convertTextToHtml, isPlainText } from './convert-text-to-html.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { removeLeadingHeadline } from './remove-leading-headline.js';
import { repairMojibake } from './repair-mojibake.js';
import { sanitizeContent } from './sanitize-content.js';
import { stripFrontMatter } from './strip-front-matter.js';

/**
 * The republishable HTML of an entry body: front matter stripped, mojibake repaired, plain text
 * turned into paragraphs, sanitized with URLs made absolute, leaked headline and repeated
 * paragraphs removed.
 */
export function buildContentHtml(raw: string, title: string, baseUrl?: string): string {
  const repaired = repairMojibake(stripFrontMatter(raw));
  const html = isPlainText(repaired) ? convertTextToHtml(repaired) : repaired;
  const safe = sanitizeContent(html, baseUrl);
  return dedupeParagraphs(removeLeadingHeadline(safe, title));
}
