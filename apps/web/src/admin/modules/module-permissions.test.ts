import { describe, expect, it } from 'vitest';
import { modulePermissions } from './module-permissions.ts';

describe('modulePermissions', () => {
  const permissions = [
    { id: 'contacts.manage', description: { en: 'Manage contacts' }, defaultRoles: ['admin', 'editor'] },
    { id: 'contacts.export', description: { en: 'Export contacts' }, defaultRoles: ['admin'] },
  ];
  it('gives a role the permissions declared for it', () => {
    expect(modulePermissions(permissions, 'editor')).toEqual(['contacts.manage']);
    expect(modulePermissions(permissions, 'admin')).toEqual(['contacts.manage', 'contacts.export']);
  });
  it('gives nothing to a role the module does not name, or to no role', () => {
    expect(modulePermissions(permissions, 'moderator')).toEqual([]);
    expect(modulePermissions(permissions, undefined)).toEqual([]);
  });
  it('adds the permissions granted to the staff member, and only declared ones', () => {
    expect(modulePermissions(permissions, 'moderator', ['contacts.export', 'notices.publish'])).toEqual(['contacts.export']);
    expect(modulePermissions(permissions, 'editor', ['contacts.export'])).toEqual(['contacts.manage', 'contacts.export']);
  });
});
