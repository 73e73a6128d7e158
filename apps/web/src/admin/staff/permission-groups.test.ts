import { describe, expect, it } from 'vitest';
import type { DeclaredPermission } from '../../shared/api/staff-types.ts';
import { explicitGrants, groupPermissions } from './permission-groups.ts';

const permission = (id: string, module: string, defaultRoles: DeclaredPermission['defaultRoles']): DeclaredPermission => ({
  id,
  module,
  description: { en: id },
  defaultRoles,
});

const declared = [
  permission('contacts.manage', 'contacts', ['admin', 'editor']),
  permission('notices.publish', 'notices', ['admin', 'editor']),
  permission('contacts.export', 'contacts', ['admin']),
  permission('notices.moderate', 'notices', []),
];

describe('groupPermissions', () => {
  it('groups by module, keeping the order the API gave', () => {
    expect(groupPermissions(declared).map((g) => [g.module, g.permissions.map((p) => p.id)])).toEqual([
      ['contacts', ['contacts.manage', 'contacts.export']],
      ['notices', ['notices.publish', 'notices.moderate']],
    ]);
  });

  it('has no groups when no module declares permissions', () => {
    expect(groupPermissions([])).toEqual([]);
  });
});

describe('explicitGrants', () => {
  const ticked = new Set(['contacts.manage', 'contacts.export', 'notices.moderate']);

  it('sends only what the role does not include already', () => {
    expect(explicitGrants(ticked, 'editor', declared)).toEqual(['contacts.export', 'notices.moderate']);
    expect(explicitGrants(ticked, 'admin', declared)).toEqual(['notices.moderate']);
    expect(explicitGrants(ticked, 'moderator', declared)).toEqual(['contacts.manage', 'contacts.export', 'notices.moderate']);
  });

  it('drops ids no module declares any more', () => {
    expect(explicitGrants(new Set(['gone.away']), 'moderator', declared)).toEqual([]);
  });
});
