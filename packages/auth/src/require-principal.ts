import type { AppClient, PlatformClient, StaffAccount, StaffRole, Operator, Resident } from '@civitas/db';
import { forbidden, HttpError, unauthorized } from '@civitas/http';
import type { NextFunction, Request, Response } from 'express';
import { findOperatorById, findResidentById, findStaffById } from './account-repository.ts';

declare global {
  namespace Express {
    interface Request {
      staff?: StaffAccount;
      resident?: Resident;
      operator?: Operator;
    }
  }
}

/**
 * Loads the signed-in staff member of this city on every request (so a changed role or a removed
 * account takes effect at once) and checks the role. Another city's staff is not found here:
 * the lookup runs in this city's scope.
 */
export function requireStaff(db: AppClient, roles: readonly StaffRole[] = ['admin', 'editor', 'moderator']) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const principal = req.session.principal;
    if (req.site.face !== 'city' || principal?.kind !== 'staff') throw unauthorized();
    const staff = await findStaffById(db, principal.id);
    if (!staff || staff.sessionEpoch !== (principal.epoch ?? 0)) throw unauthorized();
    if (!roles.includes(staff.role)) throw forbidden(`This needs the ${roles.join(' or ')} role.`);
    req.staff = staff;
    next();
  };
}

export function requireResident(db: AppClient, options: { verified?: boolean } = {}) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const principal = req.session.principal;
    if (req.site.face !== 'city' || principal?.kind !== 'resident') throw unauthorized();
    const resident = await findResidentById(db, principal.id);
    if (!resident || resident.sessionEpoch !== (principal.epoch ?? 0)) throw unauthorized();
    if (options.verified && !resident.emailVerifiedAt) {
      throw new HttpError(403, 'email_unverified', 'Confirm your email address first: we sent you a link when you signed up.');
    }
    req.resident = resident;
    next();
  };
}

export function requireOperator(platformDb: PlatformClient) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const principal = req.session.principal;
    if (req.site.face !== 'console' || principal?.kind !== 'operator') throw unauthorized();
    const operator = await findOperatorById(platformDb, principal.id);
    if (!operator) throw unauthorized();
    req.operator = operator;
    next();
  };
}
