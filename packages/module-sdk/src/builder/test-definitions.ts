import { assertBuiltModuleDefinition } from './parse-definition.ts';
import type { BuiltModuleDefinition } from './definition-schema.ts';
import { terracePermitsExample } from './terrace-permits-example.ts';

/** A fresh, mutable copy of the example for a test to change. */
export const terraceInput = (): Record<string, any> => structuredClone(terracePermitsExample);

export const terrace = (): BuiltModuleDefinition => assertBuiltModuleDefinition(terraceInput());

/** The smallest valid definition: one entity type, one field, one state. */
export const minimalInput = (): Record<string, any> => ({
  schemaVersion: 1,
  id: 'tiny',
  locales: ['en'],
  name: { en: 'Tiny' },
  description: { en: 'A tiny module' },
  category: 'services',
  author: 'paris',
  privacy: { en: 'Nothing personal.' },
  permissions: [{ verb: 'manage', description: { en: 'Manage' } }],
  entityTypes: [
    {
      key: 'item',
      label: { en: 'Item' },
      fields: [{ key: 'title', type: 'shortText', label: { en: 'Title' } }],
      workflow: { initial: 'open', states: [{ key: 'open', label: { en: 'Open' } }] },
    },
  ],
});
