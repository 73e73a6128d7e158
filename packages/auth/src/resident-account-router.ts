import { recordAudit, RESIDENT_LABEL } from '@civitas/audit';
import type { Config } from '@civitas/config';
import type { AppClient } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import { cityOf } from '@civitas/tenancy';
import { type Request, Router } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { findResidentByEmail } from './account-repository.ts';
import {
  bumpResidentEpoch,
  emailTaken,
  markResidentVerified,
  setResidentPassword,
  updateResidentProfile,
} from './account-repository-extra.ts';
import type { AccountMailer } from './account-mail.ts';
import { consumeToken, issueToken } from './account-tokens.ts';
import { endSession, establishSession } from './establish-session.ts';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from './password.ts';
import { requireResident } from './require-principal.ts';
import { signInRateLimit } from './sign-in-rate-limit.ts';

const token = z.string().min(20, 'is not a valid link').max(200, 'is not a valid link');
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'must be at most 200 characters');
const email = z.string().trim().email('must be an email address').max(254);

export interface ResidentAccountDeps {
  db: AppClient;
  redis: Redis;
  config: Config;
  mailer: AccountMailer;
}

/** Email verification, password reset, profile, email and password changes of residents. */
export function createResidentAccountRouter({ db, redis, config, mailer }: ResidentAccountDeps) {
  const router = Router();
  const signedIn = requireResident(db);
  const resetLimit = signInRateLimit(redis, config, 'password-reset');
  const actorOf = (req: Request) => ({ type: 'resident' as const, id: req.resident!.id, label: RESIDENT_LABEL });

  const sendVerification = async (req: Request, resident: { id: string; email: string; displayName: string; locale: string | null }) => {
    const tenant = cityOf(req);
    const issued = await issueToken(db, { kind: 'verify_email', accountKind: 'resident', accountId: resident.id, email: resident.email });
    await mailer.send({
      tenant,
      key: `verify.${issued.record.id}`,
      template: 'verify-email',
      locale: resident.locale ?? tenant.defaultLocale,
      to: resident.email,
      data: { cityName: tenant.name, displayName: resident.displayName, link: mailer.link(tenant, `/verify-email?token=${issued.token}`) },
    });
  };

  router.post('/auth/resident/verify-email', async (req, res) => {
    const body = parseInput(z.object({ token }), req.body);
    const used = await consumeToken(db, 'verify_email', body.token);
    await markResidentVerified(db, used.accountId!);
    res.json({ verified: true });
  });

  router.post('/account/resend-verification', signedIn, resetLimit, async (req, res) => {
    if (req.resident!.emailVerifiedAt) throw new HttpError(409, 'already_verified', 'Your email address is already confirmed.');
    await sendVerification(req, req.resident!);
    res.status(202).json({ sent: true });
  });

  // The same answer whether or not the address has an account: nobody learns who lives here.
  router.post('/auth/password-reset/request', resetLimit, async (req, res) => {
    const body = parseInput(z.object({ email }), req.body);
    const resident = await findResidentByEmail(db, body.email);
    if (resident) {
      const tenant = cityOf(req);
      const issued = await issueToken(db, { kind: 'reset_password', accountKind: 'resident', accountId: resident.id, email: resident.email });
      await mailer.send({
        tenant,
        key: `reset.${issued.record.id}`,
        template: 'reset-password',
        locale: resident.locale ?? tenant.defaultLocale,
        to: resident.email,
        data: { cityName: tenant.name, link: mailer.link(tenant, `/reset-password?token=${issued.token}`) },
      });
    }
    res.status(202).json({ message: 'If an account uses this address, we have sent it a link to choose a new password.' });
  });

  router.post('/auth/password-reset/complete', resetLimit, async (req, res) => {
    const body = parseInput(z.object({ token, password }), req.body);
    const passwordHash = await hashPassword(body.password);
    const resident = await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const used = await consumeToken(client, 'reset_password', body.token);
      const updated = await setResidentPassword(client, used.accountId!, passwordHash);
      // Following the emailed link proves the address too.
      if (!updated.emailVerifiedAt) await markResidentVerified(client, updated.id);
      await recordAudit(client, {
        actor: { type: 'resident', id: updated.id, label: RESIDENT_LABEL },
        action: 'security.password_reset',
        targetType: 'resident',
        targetId: updated.id,
      });
      return updated;
    });
    await notifyPasswordChanged(req, resident);
    res.json({ reset: true });
  });

  router.get('/account/profile', signedIn, (req, res) => {
    res.json({ profile: profileView(req.resident!), districts: districtsOf(req) });
  });

  router.put('/account/profile', signedIn, async (req, res) => {
    const districts = districtsOf(req);
    const thisYear = new Date().getFullYear();
    const body = parseInput(
      z.object({
        displayName: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
        district: z
          .string()
          .nullable()
          .refine((d) => d === null || districts.includes(d), 'must be one of the city’s districts'),
        birthYear: z
          .number({ error: 'must be a year' })
          .int('must be a year')
          .min(thisYear - 120, `must be ${thisYear - 120} or later`)
          .max(thisYear, `must be ${thisYear} or earlier`)
          .nullable(),
        locale: z.string().refine((l) => cityOf(req).locales.includes(l), 'must be one of the city’s languages').optional(),
      }),
      req.body,
    );
    const before = profileView(req.resident!);
    const updated = await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const row = await updateResidentProfile(client, req.resident!.id, body);
      await recordAudit(client, { actor: actorOf(req), action: 'resident.profile_changed', targetType: 'resident', targetId: row.id, before, after: profileView(row) });
      return row;
    });
    res.json({ profile: profileView(updated) });
  });

  router.post('/account/email', signedIn, async (req, res) => {
    const body = parseInput(z.object({ email, password: z.string().min(1, 'is required') }), req.body);
    if (!(await verifyPassword(req.resident!.passwordHash, body.password))) {
      throw new HttpError(400, 'invalid_input', 'Your password is not correct.', { password: 'is not correct' });
    }
    if (await emailTaken(db, body.email)) {
      throw new HttpError(409, 'email_taken', 'Another account uses this address.', { email: 'is already used by another account' });
    }
    const tenant = cityOf(req);
    const issued = await issueToken(db, { kind: 'change_email', accountKind: 'resident', accountId: req.resident!.id, email: body.email.toLowerCase() });
    await mailer.send({
      tenant,
      key: `email-change.${issued.record.id}`,
      template: 'email-change',
      locale: req.resident!.locale ?? tenant.defaultLocale,
      to: body.email,
      data: { cityName: tenant.name, displayName: req.resident!.displayName, link: mailer.link(tenant, `/confirm-email?token=${issued.token}`) },
    });
    res.status(202).json({ message: 'We sent a link to the new address. Your address changes when you follow it.' });
  });

  router.post('/auth/resident/confirm-email', async (req, res) => {
    const body = parseInput(z.object({ token }), req.body);
    await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const used = await consumeToken(client, 'change_email', body.token);
      if (await emailTaken(client, used.email)) {
        throw new HttpError(409, 'email_taken', 'Another account started using this address meanwhile.');
      }
      await markResidentVerified(client, used.accountId!, used.email);
      await recordAudit(client, {
        actor: { type: 'resident', id: used.accountId, label: RESIDENT_LABEL },
        action: 'resident.email_changed',
        targetType: 'resident',
        targetId: used.accountId,
        after: { email: used.email },
      });
    });
    res.json({ changed: true });
  });

  router.post('/account/password', signedIn, async (req, res) => {
    const body = parseInput(z.object({ currentPassword: z.string().min(1, 'is required'), newPassword: password }), req.body);
    if (!(await verifyPassword(req.resident!.passwordHash, body.currentPassword))) {
      throw new HttpError(400, 'invalid_input', 'Your current password is not correct.', { currentPassword: 'is not correct' });
    }
    const passwordHash = await hashPassword(body.newPassword);
    const updated = await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const row = await setResidentPassword(client, req.resident!.id, passwordHash);
      await recordAudit(client, { actor: actorOf(req), action: 'security.password_changed', targetType: 'resident', targetId: row.id });
      return row;
    });
    // Every other session ends; this one continues under the new epoch.
    await establishSession(req, { kind: 'resident', id: updated.id, epoch: updated.sessionEpoch });
    await notifyPasswordChanged(req, updated);
    res.json({ changed: true });
  });

  router.post('/account/sign-out-everywhere', signedIn, async (req, res) => {
    await bumpResidentEpoch(db, req.resident!.id);
    await recordAudit(db, { actor: actorOf(req), action: 'security.signed_out_everywhere', targetType: 'resident', targetId: req.resident!.id });
    await endSession(req);
    res.status(204).end();
  });

  async function notifyPasswordChanged(req: Request, resident: { id: string; email: string; displayName: string; locale: string | null; sessionEpoch: number }) {
    const tenant = cityOf(req);
    await mailer.send({
      tenant,
      key: `password-changed.${resident.id}.${resident.sessionEpoch}`,
      template: 'password-changed',
      locale: resident.locale ?? tenant.defaultLocale,
      to: resident.email,
      data: { cityName: tenant.name, displayName: resident.displayName },
    });
  }

  return { router, sendVerification };
}

const districtsOf = (req: Request) => cityOf(req).districts;

const profileView = (r: { displayName: string; email: string; district: string | null; birthYear: number | null; locale: string | null; emailVerifiedAt: Date | null }) => ({
  displayName: r.displayName,
  email: r.email,
  emailVerified: r.emailVerifiedAt !== null,
  district: r.district,
  birthYear: r.birthYear,
  locale: r.locale,
});
