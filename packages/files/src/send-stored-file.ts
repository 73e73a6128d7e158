import type { Response } from 'express';
import type { StoredFile } from './disk-file-store.ts';

/** Sends a stored file as its sniffed type; browsers must not guess another, nor run it as a page. */
export function sendStoredFile(res: Response, file: Pick<StoredFile, 'id'> & { contentType: string; bytes: Buffer }) {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Content-Disposition', file.contentType === 'application/pdf' ? 'attachment' : 'inline');
  // A file id is never reused for other bytes.
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.send(file.bytes);
}
