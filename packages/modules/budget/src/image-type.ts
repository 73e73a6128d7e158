import { sniffFileType } from '@civitas/files';

/** The picture formats a proposal may carry, recognised by the file store from their first bytes (the declared type is not trusted). */
export function imageTypeOf(bytes: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  const type = sniffFileType(bytes);
  return type === 'image/jpeg' || type === 'image/png' || type === 'image/webp' ? type : null;
}

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
