import { describe, expect, it } from 'vitest';
import { convertTextToHtml, isPlainText } from '../../src/normalizer/convert-text-to-html.js';
import { joinBlocks, splitBlocks } from '../../src/normalizer/split-blocks.js';

describe('splitBlocks', () => {
  it('splits top-level blocks and inline runs, keeping nested blocks whole', () => {
    const html =
      'lead <b>text</b><p>one</p><div><p>a</p><p>b</p></div>tail<hr /><ul><li>x</li></ul>';
    expect(splitBlocks(html)).toEqual([
      'lead <b>text</b>',
      '<p>one</p>',
      '<div><p>a</p><p>b</p></div>',
      'tail',
      '<hr />',
      '<ul><li>x</li></ul>',
    ]);
  });

  it('round-trips with joinBlocks up to whitespace between blocks', () => {
    expect(joinBlocks(splitBlocks('<p>a</p>  <p>b</p>'))).toBe('<p>a</p>\n<p>b</p>');
  });
});

describe('convertTextToHtml', () => {
  it('makes one escaped paragraph per line and bolds a **line**', () => {
    expect(convertTextToHtml('First & <one>\n\n**Headline**\r\nLast')).toBe(
      '<p>First &amp; &lt;one&gt;</p>\n<p><strong>Headline</strong></p>\n<p>Last</p>',
    );
  });

  it('tells plain text from HTML', () => {
    expect(isPlainText('a < b\nc & d')).toBe(true);
    expect(isPlainText('<p>a</p>')).toBe(false);
    expect(isPlainText('text<br/>more')).toBe(false);
  });
});
