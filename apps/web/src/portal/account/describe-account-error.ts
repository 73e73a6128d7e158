import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/api-error.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';

const MESSAGES: Record<string, string> = {
  token_invalid: 'portal.links.invalid',
  token_used: 'portal.links.used',
  token_expired: 'portal.links.expired',
  export_in_progress: 'portal.yourData.export.inProgress',
  already_verified: 'portal.verifyNotice.alreadyVerified',
};

/** The account API's errors in the page language; the API's own messages are English. */
export function describeAccountError(error: unknown, t: TFunction): string {
  const key = error instanceof ApiError ? MESSAGES[error.code] : undefined;
  return key ? t(key) : describeApiError(error, t);
}

/** An emailed link that cannot be used (any more): the page offers a new one. */
export function isLinkError(error: unknown): boolean {
  return error instanceof ApiError && ['token_invalid', 'token_used', 'token_expired'].includes(error.code);
}
