import { describe, expect, it } from 'vitest';
import { plainText, sanitizeBody } from './sanitize-body.ts';

const FILE = '/api/m/news/files/0b6f3c1e-8a2d-4f6b-9c3e-1d2a3b4c5d6e';

// Nothing that can run may survive: no element that runs script, no handler, no script URL.
const executable = /<script|<svg|<iframe|<object|<embed|<style|<math|<form|\son\w+\s*=|javascript:|vbscript:|data:|srcdoc|formaction/i;

const hostile = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  `<img src="${FILE}" onerror="alert(1)">`,
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="java&#x09;script:alert(1)">tab</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<svg onload=alert(1)><circle r="5"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<iframe src="https://evil.example" srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="x.swf">',
  '<p style="background:url(javascript:alert(1))" onclick="alert(1)">styled</p>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<form action="https://evil.example"><button formaction="javascript:alert(1)">go</button></form>',
  '<div><p>nested <b onmouseover="alert(1)">bold</b></p></div>',
  '<<script>script>alert(1)<</script>/script>',
  '<img src="https://evil.example/track.gif">',
  '<img src="//evil.example/x.png">',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><img src=x onerror=alert(1)></template>',
];

describe('sanitizeBody', () => {
  it.each(hostile)('leaves nothing executable of %s', (input) => {
    const out = sanitizeBody(input);
    expect(out).not.toMatch(executable);
    // Sanitising is stable: what is stored comes out the same when served.
    expect(sanitizeBody(out)).toBe(out);
  });

  it('keeps the formatting staff use', () => {
    const input = '<h2>Travaux</h2><p>La <strong>rue</strong> est <em>fermée</em>.</p><ul><li>un</li></ul><blockquote>cité</blockquote>';
    expect(sanitizeBody(input)).toBe(input);
  });

  it('keeps web and mail links, marked noopener', () => {
    expect(sanitizeBody('<a href="https://paris.fr/x">Paris</a>')).toBe('<a href="https://paris.fr/x" rel="noopener noreferrer">Paris</a>');
    expect(sanitizeBody('<a href="mailto:info@paris.fr">mail</a>')).toContain('href="mailto:info@paris.fr"');
  });

  it('keeps pictures of the module’s own store only', () => {
    expect(sanitizeBody(`<img src="${FILE}" alt="Le pont">`)).toBe(`<img src="${FILE}" alt="Le pont" />`);
    expect(sanitizeBody('<img src="https://evil.example/x.png" alt="x">')).toBe('');
    expect(sanitizeBody(`<img src="${FILE}/../../admin" alt="x">`)).toBe('');
  });

  it('drops the text of script and style, keeps the text of unknown tags', () => {
    expect(sanitizeBody('<script>var secret = 1</script><marquee>hello</marquee>')).toBe('hello');
  });

  it('gives plain text for summaries', () => {
    expect(plainText('<p>Un <b>deux</b></p>\n<script>x()</script><p>trois</p>')).toBe('Un deux trois');
  });
});
