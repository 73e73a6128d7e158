import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NoticeJson } from '../notices-api-types.ts';
import { messagesFor } from './messages.ts';
import { draftOf } from './notice-draft.ts';
import { NoticeForm } from './notice-form.tsx';
import { NoticeList } from './notice-list.tsx';

const notice: NoticeJson = {
  id: '5b0c6a0e-8f7e-4a43-9d3c-2c1f3f0a1b2c',
  title: 'Lánchíd lezárás',
  body: 'A hidat éjjel lezárják.',
  severity: 'alert',
  startsAt: '2026-12-01T07:00:00.000Z',
  endsAt: '2026-12-01T17:00:00.000Z',
  archivedAt: null,
  status: 'active',
};
const api = { get: async () => ({}), post: async () => ({}), put: async () => ({}), del: async () => ({}) } as never;

describe('notices markup', () => {
  it('titles each notice with an h3, writes its severity in words and its times on the city’s clock', () => {
    const html = renderToStaticMarkup(createElement(NoticeList, { notices: [notice], locale: 'hu', timeZone: 'Europe/Budapest' }));
    expect(html).toContain('<h3>Lánchíd lezárás</h3>');
    expect(html).toContain('>Riasztás</strong>');
    expect(html).toMatch(/2026\. dec\. 1\. 8:00 – 2026\. dec\. 1\. 18:00/);
  });

  it('prefills an edit in city time and labels every control, the severity as a radio group', () => {
    const html = renderToStaticMarkup(
      createElement(NoticeForm, {
        api,
        t: messagesFor('en'),
        heading: 'Edit',
        initial: draftOf(notice, 'Europe/Budapest'),
        timeZone: 'Europe/Budapest',
        noticeId: notice.id,
        onSaved: () => {},
        onCancel: () => {},
      }),
    );
    expect(html).toContain('value="2026-12-01T08:00"');
    expect(html).toContain('value="2026-12-01T18:00"');
    expect(html).toContain('<legend>Severity</legend>');
    const ids = [...html.matchAll(/<(?:input|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(7);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
  });
});
