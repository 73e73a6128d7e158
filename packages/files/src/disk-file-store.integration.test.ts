import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withTenant } from '@civitas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiskFileStore, type FileStore } from './disk-file-store.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const images = { maxBytes: 1024, types: ['image/png', 'image/jpeg'] as const, field: 'photo' };

let root: string;
let store: FileStore;
const cityA = randomUUID();
const cityB = randomUUID();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'civitas-files-'));
  store = createDiskFileStore({ root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('disk file store', () => {
  it('keeps each city’s files in its own folder, readable by that city only', async () => {
    const file = await withTenant(cityA, () => store.put('news', PNG, images));
    expect(file).toMatchObject({ contentType: 'image/png', size: PNG.length });
    expect(await readdir(join(root, cityA, 'news'))).toEqual([file.id]);
    const read = await withTenant(cityA, () => store.read('news', file.id));
    expect(read?.bytes.equals(PNG)).toBe(true);
    expect(await withTenant(cityB, () => store.read('news', file.id))).toBeNull();
    expect(await withTenant(cityA, () => store.read('budget', file.id))).toBeNull();
  });

  it('sniffs the type from the bytes', async () => {
    expect((await withTenant(cityA, () => store.put('news', JPEG, images))).contentType).toBe('image/jpeg');
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    await expect(withTenant(cityA, () => store.put('news', gif, images))).rejects.toMatchObject({ status: 415, message: expect.stringContaining('photo') });
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await expect(withTenant(cityA, () => store.put('news', html, images))).rejects.toMatchObject({ status: 415 });
  });

  it('refuses empty and oversized files, naming the field', async () => {
    await expect(withTenant(cityA, () => store.put('news', Buffer.alloc(0), images))).rejects.toMatchObject({ status: 400, message: expect.stringContaining('photo') });
    const big = Buffer.concat([PNG, Buffer.alloc(1024)]);
    await expect(withTenant(cityA, () => store.put('news', big, images))).rejects.toMatchObject({ status: 413, message: expect.stringContaining('photo') });
  });

  it('only reads ids it handed out, and needs a city', async () => {
    expect(await withTenant(cityA, () => store.read('news', '../../etc/passwd'))).toBeNull();
    await expect(withTenant(cityA, () => store.read('../x', randomUUID()))).rejects.toThrow('namespace');
    await expect(store.put('news', PNG, images)).rejects.toThrow();
  });
});
