import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireTenantId } from '@civitas/db';
import { HttpError } from '@civitas/http';
import { type SniffedType, sniffFileType } from './sniff-file-type.ts';

export interface PutOptions {
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** Accepted types, as sniffed from the bytes. */
  types: readonly SniffedType[];
  /** The request field the bytes came from, named in the error a person reads. */
  field?: string;
}

export interface StoredFile {
  id: string;
  contentType: SniffedType;
  size: number;
}

/** Files of the current city, under one namespace (a module's id). */
export interface FileStore {
  put(namespace: string, bytes: Uint8Array, options: PutOptions): Promise<StoredFile>;
  /** Null when the city has no such file (or the id is not one the store hands out). */
  read(namespace: string, id: string): Promise<(StoredFile & { bytes: Buffer }) | null>;
}

const NAMESPACE = /^[a-z][a-z0-9-]{0,39}$/;
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Files on disk at `<root>/<tenantId>/<namespace>/<id>`. The city comes from the tenant scope, never
 * from the caller, so one city cannot name another's file. The type is sniffed again on every read:
 * a file is served as what its bytes are.
 */
export function createDiskFileStore(options: { root: string }): FileStore {
  const dirOf = (namespace: string) => {
    if (!NAMESPACE.test(namespace)) throw new Error(`"${namespace}" is not a file namespace`);
    return join(options.root, requireTenantId(), namespace);
  };
  return {
    async put(namespace, bytes, { maxBytes, types, field = 'file' }) {
      const dir = dirOf(namespace);
      const names = types.map((t) => t.split('/')[1]!.toUpperCase()).join(', ');
      if (bytes.byteLength === 0) throw new HttpError(400, 'file_empty', `${field}: the file is empty.`);
      if (bytes.byteLength > maxBytes) {
        throw new HttpError(413, 'file_too_large', `${field}: the file is larger than ${Math.floor(maxBytes / 1024)} KB.`);
      }
      const contentType = sniffFileType(bytes);
      if (!contentType || !types.includes(contentType)) {
        throw new HttpError(415, 'file_type_not_accepted', `${field}: send a file of one of these types: ${names}.`);
      }
      const id = randomUUID();
      await mkdir(dir, { recursive: true });
      // Written beside, then renamed: a reader never sees half a file.
      const partial = join(dir, `.${id}.partial`);
      await writeFile(partial, bytes);
      await rename(partial, join(dir, id));
      return { id, contentType, size: bytes.byteLength };
    },
    async read(namespace, id) {
      if (!FILE_ID.test(id)) return null;
      const bytes = await readFile(join(dirOf(namespace), id)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      });
      if (!bytes) return null;
      const contentType = sniffFileType(bytes);
      if (!contentType) return null;
      return { id, contentType, size: bytes.byteLength, bytes };
    },
  };
}
