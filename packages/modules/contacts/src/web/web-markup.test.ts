import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type WeeklyHours, emptyWeek } from '../weekly-hours.ts';
import { newDraft } from './entry-draft.ts';
import { EntryForm } from './entry-form.tsx';
import { HoursTable } from './hours-table.tsx';
import { messagesFor } from './messages.ts';

const hours: WeeklyHours = { ...emptyWeek(), mon: [{ open: '09:00', close: '12:00' }, { open: '14:00', close: '24:00' }] };
const api = { get: async () => ({}), post: async () => ({}), put: async () => ({}), del: async () => ({}) } as never;

describe('contacts markup', () => {
  it('renders opening hours as a captioned table with a header per day, today marked in words', () => {
    const html = renderToStaticMarkup(createElement(HoursTable, { hours, locale: 'fr', today: 'mon', timeZone: 'Europe/Paris' }));
    expect(html).toContain('<caption>Horaires d’ouverture</caption>');
    expect(html).toContain('<th scope="row">Lundi <span class="civ-contacts-today">(aujourd’hui)</span></th>');
    expect(html).toContain('<td>9:00–12:00, 14:00–24:00</td>');
    expect(html).toContain('<th scope="row">Mardi </th><td>Fermé</td>');
    // Some ICU versions put a narrow no-break space before AM/PM.
    const en = renderToStaticMarkup(createElement(HoursTable, { hours, locale: 'en', today: 'sun', timeZone: 'America/New_York' })).replace(/\u202f/g, ' ');
    expect(en).toContain('<td>9:00 AM–12:00 PM, 2:00 PM–midnight</td>');
  });

  it('labels every form control', () => {
    const draft = { ...newDraft('Libraries'), hours };
    const html = renderToStaticMarkup(
      createElement(EntryForm, { api, t: messagesFor('en'), heading: 'Add a contact', initial: draft, categories: ['Libraries'], onSaved: () => {}, onCancel: () => {} }),
    );
    const ids = [...html.matchAll(/<(?:input|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toContain('<h1>Add a contact</h1>');
    expect(html).toContain('<legend>Monday</legend>');
  });
});
