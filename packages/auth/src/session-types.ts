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
  }
}

export const siteKeyOf = (req: Express.Request) => (req.site.face === 'console' ? 'console' : req.site.tenant.id);
