export interface AtomFeed {
  id: string;
  title: string;
  locale: string;
  selfUrl: string;
  htmlUrl: string;
  author: string;
  updated: Date;
  entries: AtomEntry[];
}

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  author: string;
  published: Date;
  updated: Date;
  summary: string;
  /** Sanitised HTML; escaped here as Atom's `type="html"` content. */
  html: string;
}

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;

/** An Atom 1.0 document (RFC 4287). */
export function renderAtomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    ${el('id', e.id)}`,
      `    ${el('title', e.title, ' type="text"')}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <author>${el('name', e.author)}</author>`,
      `    ${el('published', e.published.toISOString())}`,
      `    ${el('updated', e.updated.toISOString())}`,
      `    ${el('summary', e.summary, ' type="text"')}`,
      `    ${el('content', e.html, ' type="html"')}`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.locale)}">`,
    `  ${el('id', feed.id)}`,
    `  ${el('title', feed.title, ' type="text"')}`,
    `  ${el('updated', feed.updated.toISOString())}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.htmlUrl)}"/>`,
    `  <author>${el('name', feed.author)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
