import { describe, expect, it } from 'vitest';
import { renderAtomFeed } from './atom-feed.ts';

const feed = (entries = [entry]) =>
  renderAtomFeed({
    id: 'http://paris.localhost:3000/api/m/news/feed/fr.atom',
    title: 'Paris — Actualités',
    locale: 'fr',
    selfUrl: 'http://paris.localhost:3000/api/m/news/feed/fr.atom',
    htmlUrl: 'http://paris.localhost:3000/m/news/?lang=fr',
    author: 'Paris',
    updated: new Date('2026-12-01T10:00:00Z'),
    entries,
  });
const entry = {
  id: 'urn:uuid:0b6f3c1e-8a2d-4f6b-9c3e-1d2a3b4c5d6e',
  title: 'Fermeture <rue> & "pont"',
  url: 'http://paris.localhost:3000/m/news/posts/fermeture?lang=fr',
  author: 'Marie Curie',
  published: new Date('2026-12-01T09:00:00Z'),
  updated: new Date('2026-12-01T10:00:00Z'),
  summary: 'Le pont est fermé.',
  html: '<p>Le <strong>pont</strong> est fermé.</p>',
};

describe('renderAtomFeed', () => {
  it('has the elements RFC 4287 requires of a feed and of each entry', () => {
    const xml = feed();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true);
    const head = xml.slice(0, xml.indexOf('<entry>'));
    for (const tag of ['<id>', '<title type="text">', '<updated>2026-12-01T10:00:00.000Z</updated>', '<link rel="self"', '<author><name>Paris</name></author>']) expect(head).toContain(tag);
    const body = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'));
    for (const tag of ['<id>urn:uuid:', '<title type="text">', '<link rel="alternate" type="text/html" href="http://paris.localhost:3000/m/news/posts/fermeture?lang=fr"/>', '<author><name>Marie Curie</name></author>', '<published>2026-12-01T09:00:00.000Z</published>', '<updated>', '<summary type="text">', '<content type="html">'])
      expect(body).toContain(tag);
  });

  it('escapes text and carries the HTML escaped, never as markup', () => {
    const xml = feed();
    expect(xml).toContain('<title type="text">Fermeture &lt;rue&gt; &amp; &quot;pont&quot;</title>');
    expect(xml).toContain('<content type="html">&lt;p&gt;Le &lt;strong&gt;pont&lt;/strong&gt; est fermé.&lt;/p&gt;</content>');
    expect(xml).not.toContain('<p>');
  });

  it('drops characters XML cannot carry', () => {
    expect(feed([{ ...entry, title: 'bell\u0007' }])).toContain('<title type="text">bell</title>');
  });

  it('is a feed without entries when nothing is published', () => {
    const xml = feed([]);
    expect(xml).not.toContain('<entry>');
    expect(xml.trim().endsWith('</feed>')).toBe(true);
  });
});
