import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';
import { bindSessionToSite } from './session-types.ts';

/**
 * Synchronizer-token CSRF protection: the token lives in the session and must come back in the
 * `x-csrf-token` header on every state-changing request.
 */
const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req: Request) => req.get('x-csrf-token'),
});

export const csrfProtection = csrfSynchronisedProtection;
export const csrfToken = (req: Request) => {
  bindSessionToSite(req);
  return generateToken(req);
};
