import type { Config } from '@civitas/config';
import { type AppClient, Prisma } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import { cityOf } from '@civitas/tenancy';
import { type Request, type Response, Router } from 'express';
import type { Redis } from 'ioredis';
import { createResident, findResidentByEmail, findResidentById, findStaffByEmail, findStaffById } from './account-repository.ts';
import { signInBody, signUpBody } from './auth-schemas.ts';
import { csrfToken } from './csrf.ts';
import { endSession, establishSession } from './establish-session.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { signInRateLimit } from './sign-in-rate-limit.ts';

export interface SignedInEvent {
  tenantId: string;
  kind: 'resident' | 'staff';
  accountId: string;
  at: string;
}

export interface CityAuthDeps {
  db: AppClient;
  redis: Redis;
  config: Config;
  /** Book-keeping after a sign-in (last sign-in time, audit) happens off the request path. */
  onSignedIn: (event: SignedInEvent) => Promise<void>;
}

const invalidCredentials = () =>
  new HttpError(401, 'invalid_credentials', 'The email address or password is not correct.');

/** Sign-up, sign-in and sign-out for the residents and staff of the city the request is for. */
export function createCityAuthRouter({ db, redis, config, onSignedIn }: CityAuthDeps) {
  const router = Router();
  const limit = signInRateLimit(redis, config);
  const signUpLimit = signInRateLimit(redis, config, 'sign-up');

  router.get('/session', async (req, res) => {
    res.json({ csrfToken: csrfToken(req), user: await currentUser(db, req) });
  });

  router.post('/auth/resident/sign-up', signUpLimit, async (req, res) => {
    const body = parseInput(signUpBody, req.body);
    const tenant = cityOf(req);
    const locale = body.locale && tenant.locales.includes(body.locale) ? body.locale : tenant.defaultLocale;
    const passwordHash = await hashPassword(body.password);
    const resident = await createResident(db, { email: body.email, displayName: body.displayName, passwordHash, locale }).catch(
      (error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw new HttpError(409, 'email_taken', 'An account with this email address already exists. Sign in instead.', {
            email: 'is already registered',
          });
        }
        throw error;
      },
    );
    await establishSession(req, { kind: 'resident', id: resident.id });
    res.status(201).json({ user: residentView(resident) });
  });

  router.post('/auth/resident/sign-in', limit, async (req, res) => {
    const body = parseInput(signInBody, req.body);
    const resident = await findResidentByEmail(db, body.email);
    if (!(await verifyPassword(resident?.passwordHash, body.password)) || !resident) throw invalidCredentials();
    await establishSession(req, { kind: 'resident', id: resident.id });
    await onSignedIn({ tenantId: cityOf(req).id, kind: 'resident', accountId: resident.id, at: new Date().toISOString() });
    res.json({ user: residentView(resident) });
  });

  router.post('/auth/staff/sign-in', limit, async (req, res) => {
    const body = parseInput(signInBody, req.body);
    const staff = await findStaffByEmail(db, body.email);
    if (!(await verifyPassword(staff?.passwordHash, body.password)) || !staff) throw invalidCredentials();
    await establishSession(req, { kind: 'staff', id: staff.id });
    await onSignedIn({ tenantId: cityOf(req).id, kind: 'staff', accountId: staff.id, at: new Date().toISOString() });
    res.json({ user: staffView(staff) });
  });

  router.post('/auth/sign-out', signOut);
  return router;
}

export async function signOut(req: Request, res: Response) {
  await endSession(req);
  res.status(204).end();
}

async function currentUser(db: AppClient, req: Request) {
  const principal = req.session.principal;
  if (principal?.kind === 'resident') {
    const resident = await findResidentById(db, principal.id);
    return resident ? residentView(resident) : null;
  }
  if (principal?.kind === 'staff') {
    const staff = await findStaffById(db, principal.id);
    return staff ? staffView(staff) : null;
  }
  return null;
}

const residentView = (r: { id: string; email: string; displayName: string }) => ({
  kind: 'resident' as const,
  id: r.id,
  email: r.email,
  displayName: r.displayName,
});

const staffView = (s: { id: string; email: string; displayName: string; role: string }) => ({
  kind: 'staff' as const,
  id: s.id,
  email: s.email,
  displayName: s.displayName,
  role: s.role,
});
