/** One hostile document, served as a feed, and what topicfeed must do with it. */
export interface HostileCase {
  name: string;
  body: string | Buffer;
  contentType: string;
  /** 'error': the poll is recorded as failed; 'partial': some items are kept; 'ok': every item. */
  expect: 'error' | 'partial' | 'ok';
  /** The guid of an item that must be stored, for 'ok' and 'partial'. */
  keeps?: string;
}

const RSS_TYPE = 'application/rss+xml; charset=utf-8';

function rssItem(guid: string, description = 'A plain description.', extra = ''): string {
  return `<item><title>Item ${guid}</title><link>http://example.org/${guid}</link><guid>${guid}</guid><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate><description>${description}</description>${extra}</item>`;
}

/** An RSS 2.0 document around `items` (raw XML). */
export function rssDocument(items: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>${prolog}<rss version="2.0"><channel><title>Hostile</title><link>http://example.org/</link>${items}</channel></rss>`;
}

const BILLION_LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`;

const QUADRATIC_BLOWUP = `<!DOCTYPE kaboom [<!ENTITY a "${'x'.repeat(50_000)}">]>`;

const XXE = `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY % remote SYSTEM "file:///etc/passwd">%remote;]>`;

/** `depth` nested elements inside one description. */
function deepNesting(depth: number): string {
  return `${'<x>'.repeat(depth)}deep${'</x>'.repeat(depth)}`;
}

/** Every text field of an item carrying a script, a handler or a javascript: URL. */
const XSS_ITEM = `<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Title &lt;img src=x onerror=alert(2)&gt;</title><link>javascript:alert(3)</link><guid>xss-1</guid><author>&lt;script&gt;alert(4)&lt;/script&gt;</author><category>&lt;script&gt;alert(5)&lt;/script&gt;</category><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate><description><![CDATA[<p onclick="alert(6)">Body xssmarker <a href="javascript:alert(7)">link</a><script>alert(8)</script><img src="x" onerror="alert(9)"><svg onload="alert(10)"></svg><iframe src="javascript:alert(11)"></iframe><a href=" JaVaScRiPt:alert(12)">x</a></p>]]></description><content:encoded><![CDATA[<div style="background:url(javascript:alert(13))" onmouseover="alert(14)">Content xssmarker<script>alert(15)</script><form action="javascript:alert(16)"><input onfocus="alert(17)" autofocus></form><object data="javascript:alert(18)"></object></div>]]></content:encoded></item>`;

/** The hostile cases; `big` adds the slow ones (50 MB single item). */
export function buildHostileCases(options: { big: boolean }): HostileCase[] {
  const cases: HostileCase[] = [
    {
      name: 'billion-laughs',
      body: rssDocument(rssItem('bl-1', '&lol9;'), BILLION_LAUGHS),
      contentType: RSS_TYPE,
      expect: 'partial',
      keeps: 'bl-1',
    },
    {
      name: 'quadratic-blowup',
      body: rssDocument(rssItem('qb-1', '&a;'.repeat(20_000)), QUADRATIC_BLOWUP),
      contentType: RSS_TYPE,
      expect: 'partial',
      keeps: 'qb-1',
    },
    {
      name: 'external-entity',
      body: rssDocument(rssItem('xxe-1', 'before &xxe; after'), XXE),
      contentType: RSS_TYPE,
      expect: 'partial',
      keeps: 'xxe-1',
    },
    {
      name: 'proto-element-names',
      body: rssDocument(
        `${rssItem(
          'proto-1',
          'p',
          '<__proto__><polluted>yes</polluted></__proto__><constructor>c</constructor><prototype>p</prototype><hasOwnProperty>h</hasOwnProperty><toString>t</toString>',
        )}<__proto__>x</__proto__>`,
      ),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'proto-1',
    },
    {
      name: 'empty-and-object-guids',
      body: rssDocument(
        `${rssItem('', 'empty guid one')}<item><title>Object guid</title><link>http://example.org/og</link><guid isPermaLink="false"><inner>x</inner></guid></item><item><title>Attr only guid</title><link>http://example.org/ag</link><guid isPermaLink="true"/></item>${rssItem('guid-ok')}`,
      ),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'guid-ok',
    },
    {
      name: 'deep-nesting',
      body: rssDocument(
        rssItem('deep-1', 'shallow') +
          `<item><title>Deep</title><guid>deep-2</guid><description>${deepNesting(10_000)}</description></item>`,
      ),
      contentType: RSS_TYPE,
      expect: 'partial',
      keeps: 'deep-1',
    },
    {
      name: 'lt-flood-1mb',
      body: rssDocument(rssItem('lt-1', '&lt;'.repeat(1_000_000))),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'lt-1',
    },
    {
      name: 'lt-flood-raw-cdata',
      body: rssDocument(rssItem('lt-2', `<![CDATA[${'<'.repeat(1_000_000)}]]>`)),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'lt-2',
    },
    {
      name: 'truncated',
      body: rssDocument(rssItem('tr-1') + rssItem('tr-2') + rssItem('tr-3')).slice(0, -60),
      contentType: RSS_TYPE,
      expect: 'partial',
      keeps: 'tr-1',
    },
    {
      name: 'garbage-after-root',
      body: `${rssDocument(rssItem('ga-1'))}<rss><junk>\u0000\u0001 garbage`,
      contentType: RSS_TYPE,
      expect: 'partial',
      keeps: 'ga-1',
    },
    {
      name: 'html-page',
      body: '<!DOCTYPE html><html><head><title>Not a feed</title><script>alert(1)</script></head><body><h1>Welcome</h1></body></html>',
      contentType: 'text/html; charset=utf-8',
      expect: 'error',
    },
    {
      name: 'binary',
      body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)),
      contentType: 'application/octet-stream',
      expect: 'error',
    },
    { name: 'empty-body', body: '', contentType: RSS_TYPE, expect: 'error' },
    {
      name: 'bad-dates',
      body: rssDocument(
        rssItem('date-1').replace('Mon, 02 Jun 2025 10:00:00 GMT', 'not a date at all') +
          rssItem('date-2').replace(
            'Mon, 02 Jun 2025 10:00:00 GMT',
            'Fri, 01 Jan 10000 00:00:00 GMT',
          ) +
          rssItem('date-3').replace('Mon, 02 Jun 2025 10:00:00 GMT', '+010000-01-01T00:00:00Z'),
      ),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'date-2',
    },
    {
      name: 'atom-bad-dates',
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>atom-date-1</id><title>Bad</title><link href="http://example.org/a1"/><updated>yesterday-ish</updated></entry><entry><id>atom-date-2</id><title>Far</title><link href="http://example.org/a2"/><updated>10000-01-01T00:00:00Z</updated></entry></feed>`,
      contentType: 'application/atom+xml',
      expect: 'ok',
      keeps: 'atom-date-1',
    },
    {
      name: 'wrong-content-type',
      body: rssDocument(rssItem('ct-1')),
      contentType: 'image/png',
      expect: 'ok',
      keeps: 'ct-1',
    },
    {
      name: 'xss-everywhere',
      body: rssDocument(XSS_ITEM).replace(
        '<rss version="2.0">',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
      ),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'xss-1',
    },
    {
      name: 'json-xss-and-proto',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        __proto__: { polluted: true },
        items: [
          {
            id: 'json-1',
            url: 'javascript:alert(1)',
            title: '<script>alert(2)</script>',
            content_html: '<p onclick="alert(3)">x<script>alert(4)</script></p>',
            date_published: '10000-01-01T00:00:00Z',
            constructor: { prototype: { polluted: true } },
          },
          { id: { nested: true }, title: 'object id' },
          42,
        ],
      }),
      contentType: 'application/feed+json',
      expect: 'ok',
      keeps: 'json-1',
    },
  ];
  if (options.big) {
    cases.push({
      name: 'single-item-50mb',
      body: rssDocument(
        rssItem('huge-1', `<![CDATA[<p>${'word '.repeat(10_000_000)}</p>]]>`) + rssItem('huge-2'),
      ),
      contentType: RSS_TYPE,
      expect: 'ok',
      keeps: 'huge-2',
    });
  }
  return cases;
}
