import { recordOperatorAudit } from '@civitas/audit';
import type { Config } from '@civitas/config';
import type { PlatformClient } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import { Router } from 'express';
import type { Redis } from 'ioredis';
import { findOperatorByEmail, findOperatorById } from './account-repository.ts';
import { signInBody } from './auth-schemas.ts';
import { signOut } from './city-auth-router.ts';
import { csrfToken } from './csrf.ts';
import { establishSession } from './establish-session.ts';
import { verifyPassword } from './password.ts';
import { signInRateLimit } from './sign-in-rate-limit.ts';

/** Operator sign-in on the console host. */
export function createConsoleAuthRouter({ platformDb, redis, config }: { platformDb: PlatformClient; redis: Redis; config: Config }) {
  const router = Router();
  const limit = signInRateLimit(redis, config, 'operator-sign-in');

  router.get('/session', async (req, res) => {
    const principal = req.session.principal;
    const operator = principal?.kind === 'operator' ? await findOperatorById(platformDb, principal.id) : null;
    res.json({ csrfToken: csrfToken(req), user: operator ? operatorView(operator) : null });
  });

  router.post('/auth/operator/sign-in', limit, async (req, res) => {
    const body = parseInput(signInBody, req.body);
    const operator = await findOperatorByEmail(platformDb, body.email);
    if (!(await verifyPassword(operator?.passwordHash, body.password)) || !operator) {
      throw new HttpError(401, 'invalid_credentials', 'The email address or password is not correct.');
    }
    await establishSession(req, { kind: 'operator', id: operator.id });
    await platformDb.operator.update({ where: { id: operator.id }, data: { lastSignInAt: new Date() } });
    await recordOperatorAudit(platformDb, { operatorId: operator.id, actorLabel: operator.email, action: 'operator.signed_in', after: { ip: req.ip } });
    res.json({ user: operatorView(operator) });
  });

  router.post('/auth/sign-out', signOut);
  return router;
}

const operatorView = (o: { id: string; email: string; displayName: string }) => ({
  kind: 'operator' as const,
  id: o.id,
  email: o.email,
  displayName: o.displayName,
});
