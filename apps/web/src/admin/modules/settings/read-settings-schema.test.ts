import { describe, expect, it } from 'vitest';
import { humanise, readSettingsSchema } from './read-settings-schema.ts';

// As `z.toJSONSchema(settings, { io: 'input' })` writes it.
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    maxBannerNotices: { default: 3, description: 'How many notices the banner shows', type: 'integer', minimum: 0, maximum: 5 },
    showOnHome: { default: true, type: 'boolean' },
    heading: { default: 'Contacts', title: 'Heading', type: 'string', maxLength: 80 },
    sortOrder: { default: 'name', type: 'string', enum: ['name', 'department'] },
    categories: { default: ['General'], maxItems: 10, type: 'array', items: { type: 'string', maxLength: 40 } },
    email: { default: null, anyOf: [{ type: 'string', format: 'email' }, { type: 'null' }] },
    anyCount: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 },
    nested: { type: 'object', properties: { a: { type: 'string' } } },
  },
};

describe('readSettingsSchema', () => {
  const fields = readSettingsSchema(schema, 'en');
  const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));

  it('keeps the declared order', () => {
    expect(fields.map((f) => f.key)).toEqual(['maxBannerNotices', 'showOnHome', 'heading', 'sortOrder', 'categories', 'email', 'anyCount', 'nested']);
  });

  it('reads the supported kinds with their limits and defaults', () => {
    expect(byKey.maxBannerNotices).toMatchObject({ kind: 'number', integer: true, minimum: 0, maximum: 5, defaultValue: 3, label: 'Max banner notices', description: 'How many notices the banner shows' });
    expect(byKey.showOnHome).toMatchObject({ kind: 'boolean', defaultValue: true });
    expect(byKey.heading).toMatchObject({ kind: 'text', label: 'Heading', maxLength: 80 });
    expect(byKey.sortOrder).toMatchObject({ kind: 'select', options: ['name', 'department'] });
    expect(byKey.categories).toMatchObject({ kind: 'list', maxItems: 10, itemMaxLength: 40 });
  });

  it('reads a nullable field as its type, saving null when left empty', () => {
    expect(byKey.email).toMatchObject({ kind: 'text', nullable: true, defaultValue: null });
  });

  it('does not mention zod’s safe-integer bounds', () => {
    expect(byKey.anyCount).toMatchObject({ kind: 'number', minimum: undefined, maximum: undefined });
  });

  it('marks what it cannot edit', () => {
    expect(byKey.nested).toMatchObject({ kind: 'unsupported' });
  });

  it('takes a localised title where the module gave one', () => {
    const [field] = readSettingsSchema({ properties: { x: { type: 'string', title: { en: 'Title', hu: 'Cím' } } } }, 'hu');
    expect(field?.label).toBe('Cím');
  });
});

describe('humanise', () => {
  it('turns a key into a label', () => {
    expect(humanise('maxBannerNotices')).toBe('Max banner notices');
    expect(humanise('show_on_home')).toBe('Show on home');
  });
});
