import { describe, expect, it } from 'vitest';
import type { SettingField } from './setting-field.ts';
import { fromDraft, toDraft } from './settings-draft.ts';

const fields: SettingField[] = [
  { key: 'max', label: 'Max', kind: 'number', integer: true, minimum: 0, maximum: 5, nullable: false, defaultValue: 3 },
  { key: 'show', label: 'Show', kind: 'boolean', nullable: false, defaultValue: true },
  { key: 'tags', label: 'Tags', kind: 'list', maxItems: 2, itemMaxLength: 5, nullable: false, defaultValue: [] },
  { key: 'email', label: 'Email', kind: 'text', multiline: false, nullable: true, defaultValue: null },
  { key: 'order', label: 'Order', kind: 'select', options: ['name', 'date'], nullable: false, defaultValue: 'name' },
  { key: 'nested', label: 'Nested', kind: 'unsupported', nullable: false },
];

describe('settings draft', () => {
  it('shows defaults for values never set', () => {
    expect(toDraft(fields, {})).toEqual({ max: '3', show: true, tags: '', email: '', order: 'name' });
  });

  it('turns the draft back into settings, keeping what it cannot edit', () => {
    const draft = { max: ' 4 ', show: false, tags: 'a\n\n b \n', email: '', order: 'date' };
    expect(fromDraft(fields, draft, { nested: { a: 1 } })).toEqual({
      settings: { max: 4, show: false, tags: ['a', 'b'], email: null, order: 'date', nested: { a: 1 } },
      problems: {},
    });
  });

  it('finds what the server would refuse', () => {
    const draft = { max: '6', show: true, tags: 'toolong\nb', email: 'x', order: 'name' };
    expect(fromDraft(fields, draft, {}).problems).toEqual({ max: { code: 'tooBig', limit: 5 }, tags: { code: 'itemTooLong', limit: 5, item: 1 } });
    expect(fromDraft(fields, { ...draft, max: '2.5', tags: 'a\nb\nc' }, {}).problems).toEqual({ max: { code: 'notWhole' }, tags: { code: 'tooManyItems', limit: 2 } });
    expect(fromDraft(fields, { ...draft, max: 'three', tags: '' }, {}).problems).toEqual({ max: { code: 'notANumber' } });
  });
});
