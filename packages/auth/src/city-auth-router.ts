import type { Config } from '@civitas/config';
import { type AppClient, Prisma, type Resident } from '@civitas/db';
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
import { FAILURE_BURST, pause, SignInFailures } from './sign-in-failures.ts';
import { recordAudit, RESIDENT_LABEL } from '@civitas/audit';

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
  /** After a resident signs up: send the email verification. */
  onSignedUp: (req: Request, resident: Resident) => Promise<void>;
}

const invalidCredentials = () =>
  new HttpError(401, 'invalid_credentials', 'The email address or password is not correct.');

/** Sign-up, sign-in and sign-out for the residents and staff of the city the request is for. */
export function createCityAuthRouter({ db, redis, config, onSignedIn, onSignedUp }: CityAuthDeps) {
  const router = Router();
  const limit = signInRateLimit(redis, config);
  const failures = new SignInFailures(redis, config.REDIS_PREFIX);

  /** Slows the next answer as failures on one account pile up, and records a burst once. */
  async function failedSignIn(req: Request, email: string, account: { type: string; id: string } | null) {
    const { count, delayMs } = await failures.fail(cityOf(req).id, email);
    if (account && count === FAILURE_BURST) {
      await recordAudit(db, {
        actor: { type: 'system', id: null, label: `sign-in from ${req.ip}` },
        action: 'security.sign_in_failures',
        targetType: account.type,
        targetId: account.id,
        after: { failures: count, windowMinutes: 15 },
      });
    }
    await pause(delayMs);
    return invalidCredentials();
  }
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
    await establishSession(req, { kind: 'resident', id: resident.id, epoch: resident.sessionEpoch });
    await recordAudit(db, {
      actor: { type: 'resident', id: resident.id, label: RESIDENT_LABEL },
      action: 'resident.signed_up',
      targetType: 'resident',
      targetId: resident.id,
    });
    await onSignedUp(req, resident);
    res.status(201).json({ user: residentView(resident) });
  });

  router.post('/auth/resident/sign-in', limit, async (req, res) => {
    const body = parseInput(signInBody, req.body);
    const resident = await findResidentByEmail(db, body.email);
    if (!(await verifyPassword(resident?.passwordHash, body.password)) || !resident) {
      throw await failedSignIn(req, body.email, resident ? { type: 'resident', id: resident.id } : null);
    }
    await failures.clear(cityOf(req).id, body.email);
    await establishSession(req, { kind: 'resident', id: resident.id, epoch: resident.sessionEpoch });
    await onSignedIn({ tenantId: cityOf(req).id, kind: 'resident', accountId: resident.id, at: new Date().toISOString() });
    res.json({ user: residentView(resident) });
  });

  router.post('/auth/staff/sign-in', limit, async (req, res) => {
    const body = parseInput(signInBody, req.body);
    const staff = await findStaffByEmail(db, body.email);
    if (!(await verifyPassword(staff?.passwordHash, body.password)) || !staff) {
      throw await failedSignIn(req, body.email, staff ? { type: 'staff_account', id: staff.id } : null);
    }
    await failures.clear(cityOf(req).id, body.email);
    await establishSession(req, { kind: 'staff', id: staff.id, epoch: staff.sessionEpoch });
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
  const epoch = principal?.epoch ?? 0;
  if (principal?.kind === 'resident') {
    const resident = await findResidentById(db, principal.id);
    return resident && resident.sessionEpoch === epoch ? residentView(resident) : null;
  }
  if (principal?.kind === 'staff') {
    const staff = await findStaffById(db, principal.id);
    return staff && staff.sessionEpoch === epoch ? staffView(staff) : null;
  }
  return null;
}

const residentView = (r: { id: string; email: string; displayName: string; emailVerifiedAt: Date | null }) => ({
  kind: 'resident' as const,
  id: r.id,
  email: r.email,
  displayName: r.displayName,
  emailVerified: r.emailVerifiedAt !== null,
});

const staffView = (s: { id: string; email: string; displayName: string; role: string; permissions: string[] }) => ({
  kind: 'staff' as const,
  id: s.id,
  email: s.email,
  displayName: s.displayName,
  role: s.role,
  permissions: s.permissions,
});
