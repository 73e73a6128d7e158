import type { ResolvedTenant } from '@civitas/tenancy';

export type AccountMailTemplate =
  | 'verify-email'
  | 'reset-password'
  | 'staff-invite'
  | 'email-change'
  | 'password-changed'
  | 'privacy-export-ready'
  | 'account-deleted';

export interface AccountMail {
  tenant: ResolvedTenant;
  /** Idempotency key: the same key is sent once. */
  key: string;
  template: AccountMailTemplate;
  locale: string;
  to: string;
  data: Record<string, string>;
}

/**
 * How account flows reach people: the host wires `send` to the mail queue and `link` to the
 * city's stored primary domain (never the request's Host header).
 */
export interface AccountMailer {
  send: (mail: AccountMail) => Promise<void>;
  link: (tenant: ResolvedTenant, path: string) => string;
}
