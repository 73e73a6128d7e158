import { createHash, randomBytes } from 'node:crypto';
import { type AppClient, type Prisma, requireTenantId } from '@civitas/db';
import { HttpError } from '@civitas/http';

export type TokenKind = 'verify_email' | 'reset_password' | 'change_email' | 'staff_invite';

export const TOKEN_TTL_MS: Record<TokenKind, number> = {
  verify_email: 24 * 3600_000,
  reset_password: 3600_000,
  change_email: 24 * 3600_000,
  staff_invite: 7 * 24 * 3600_000,
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Issues a single-use token and stores only its hash. Earlier unused tokens of the same kind for
 * the same account (or invitee) expire: only the latest email's link is valid.
 */
export async function issueToken(
  db: Pick<AppClient, 'accountToken'>,
  input: {
    kind: TokenKind;
    accountKind: 'resident' | 'staff';
    accountId: string | null;
    email: string;
    role?: Prisma.AccountTokenCreateInput['role'];
    permissions?: string[];
    invitedBy?: string;
  },
) {
  const tenantId = requireTenantId();
  const now = new Date();
  await db.accountToken.updateMany({
    where: {
      tenantId,
      kind: input.kind,
      usedAt: null,
      ...(input.accountId ? { accountId: input.accountId } : { email: input.email }),
    },
    data: { expiresAt: now },
  });
  const token = randomBytes(32).toString('base64url');
  const record = await db.accountToken.create({
    data: {
      tenantId,
      ...input,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.kind]),
    },
  });
  return { token, record };
}

/** Reads a token without using it (to show an invitation before it is accepted). */
export async function peekToken(db: Pick<AppClient, 'accountToken'>, kind: TokenKind, token: string) {
  const record = await db.accountToken.findFirst({ where: { tenantId: requireTenantId(), kind, tokenHash: hashToken(token) } });
  assertUsable(record);
  return record!;
}

/**
 * Uses a token exactly once: the conditional update succeeds for one caller only, however many
 * submit the same link at the same time. A token from another city is simply not found here.
 */
export async function consumeToken(db: Pick<AppClient, 'accountToken'>, kind: TokenKind, token: string) {
  const tenantId = requireTenantId();
  const tokenHash = hashToken(token);
  const now = new Date();
  const used = await db.accountToken.updateMany({
    where: { tenantId, kind, tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const record = await db.accountToken.findFirst({ where: { tenantId, kind, tokenHash } });
  if (used.count === 1 && record) return record;
  assertUsable(record);
  throw invalid();
}

function assertUsable(record: { usedAt: Date | null; expiresAt: Date } | null) {
  if (!record) throw invalid();
  if (record.usedAt) throw new HttpError(410, 'token_used', 'This link has already been used. Ask for a new one if you still need it.');
  if (record.expiresAt <= new Date()) throw new HttpError(410, 'token_expired', 'This link has expired. Ask for a new one.');
}

const invalid = () => new HttpError(400, 'token_invalid', 'This link is not valid. Check that you copied all of it, or ask for a new one.');
