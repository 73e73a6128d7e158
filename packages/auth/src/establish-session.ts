import type { Request } from 'express';
import { bindSessionToSite, type Principal } from './session-types.ts';

/** Starts a fresh session for the principal: a new id at every sign-in (no fixation). */
export function establishSession(req: Request, principal: Principal): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => {
      if (err) return reject(err);
      bindSessionToSite(req);
      req.session.principal = principal;
      req.session.save((saveErr) => (saveErr ? reject(saveErr) : resolve()));
    });
  });
}

export function endSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
}
