import 'express-session';

export type PrincipalKind = 'resident' | 'staff' | 'operator';

export interface Principal {
  kind: PrincipalKind;
  id: string;
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
