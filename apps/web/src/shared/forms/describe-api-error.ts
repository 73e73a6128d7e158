import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR } from '../api/api-error.ts';

/** A message a person can act on, in the page language where the error code is known. */
export function describeApiError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('common.errors.generic');
  if (error.code === NETWORK_ERROR) return t('common.errors.network');
  if (error.code === 'invalid_credentials') return t('common.errors.invalidCredentials');
  if (error.code === 'rate_limited' || error.status === 429) return t('common.errors.rateLimited');
  if (error.status === 403) return t('common.errors.forbidden');
  if (error.status >= 400 && error.status < 500 && error.message) return error.message;
  return t('common.errors.generic');
}
