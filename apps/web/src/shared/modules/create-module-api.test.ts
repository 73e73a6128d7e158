import { afterEach, describe, expect, it, vi } from 'vitest';
import { createModuleApi } from './create-module-api.ts';

describe('createModuleApi', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps every call under /api/m/<id>/', async () => {
    const fetch = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const api = createModuleApi('contacts');
    await api.get('entries?limit=5');
    await api.get('/entries/42');
    expect(fetch.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['/api/m/contacts/entries?limit=5', '/api/m/contacts/entries/42']);
  });

  it('refuses a path that climbs out of the module', async () => {
    await expect(createModuleApi('contacts').get('../../admin/staff')).rejects.toThrow(/leaves the module/);
  });
});
