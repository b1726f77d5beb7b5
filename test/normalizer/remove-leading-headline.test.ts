import { describe, expect, it } from 'vitest';
import { removeLeadingHeadline } from '../../src/normalizer/remove-leading-headline.js';

const TITLE = 'Belarusian Activist Appeals to Trump for Political Prisoner Release';

describe('removeLeadingHeadline', () => {
  it('removes the title repeated in bold at the top', () => {
    const html = `<p><strong>${TITLE}</strong></p>\n<p>Body text.</p>`;
    expect(removeLeadingHeadline(html, TITLE)).toBe('<p>Body text.</p>');
  });

  it('removes a plain or heading copy after a short dek, every copy of it', () => {
    const html = `<p>A dek.</p>\n<h2>${TITLE}</h2>\n<p>**${TITLE}**</p>\n<p>Body.</p>`;
    expect(removeLeadingHeadline(html, TITLE)).toBe('<p>A dek.</p>\n<p>Body.</p>');
  });

  it('keeps a paragraph that only starts with the title, and copies further down', () => {
    const html = `<p>${TITLE}, said the agency.</p>\n<p>a</p>\n<p>b</p>\n<p>${TITLE}</p>`;
    expect(removeLeadingHeadline(html, TITLE)).toBe(html);
  });
});
