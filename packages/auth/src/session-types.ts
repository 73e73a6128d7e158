import 'express-session';

export type PrincipalKind = 'resident' | 'staff' | 'operator';

export interface Principal {
  kind: PrincipalKind;
  id: string;
  /** The account's session epoch when signed in; a later "sign out everywhere" bumps it. */
  epoch?: number;
}

declare module 'express-session' {
  interface SessionData {
    /** The site (city id or "console") this session was created on; it is never honoured elsewhere. */
    siteKey: string;
    principal: Principal;
    csrfToken?: string;
    /** When the session was last stored with its full lifetime (ms since the epoch). */
    renewedAt?: number;
  }
}

/** Called where a session is first given content: it is stored now, with its full lifetime. */
export function bindSessionToSite(req: Express.Request) {
  req.session.siteKey ??= siteKeyOf(req);
  req.session.renewedAt ??= Date.now();
}

export const siteKeyOf = (req: Express.Request) => (req.site.face === 'console' ? 'console' : req.site.tenant.id);
