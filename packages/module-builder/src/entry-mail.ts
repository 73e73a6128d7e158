import type { BuiltModuleDefinition, BuilderEntityType } from '@civitas/module-sdk/builder';
import { pickText } from '@civitas/module-sdk/builder';
import type { AppClient } from '@civitas/db';
import { requireTenantId } from '@civitas/db';
import type { ResolvedTenant } from '@civitas/tenancy';

export interface BuiltModuleMessage {
  /** Idempotency key of the email: one key, one email. */
  key: string;
  to: string;
  locale: string;
  displayName: string;
  subject: string;
  body: string;
  /** Path on the city's portal the email links to. */
  path: string;
}

/** How built modules reach residents: wired by the host to the platform's mail queue. */
export interface BuiltModuleMail {
  send: (tenant: ResolvedTenant, message: BuiltModuleMessage) => Promise<void>;
}

const fill = (text: string, words: Record<string, string>) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, w: string) => words[w] ?? '');

/**
 * The email of the state an entry has just entered, to its submitter (their account's address, or
 * the entry's first email field for anonymous forms), in their language. Nothing when the state
 * sends none or there is nobody to write to.
 */
export async function sendStateEmail(
  db: AppClient,
  mail: BuiltModuleMail,
  args: {
    tenant: ResolvedTenant;
    definition: BuiltModuleDefinition;
    entity: BuilderEntityType;
    entry: { id: string; reference: string; submitterId: string | null; data: unknown };
    state: string;
    comment: string | null;
    key: string;
  },
) {
  const { definition: d, entity, entry, tenant } = args;
  const state = entity.workflow.states.find((s) => s.key === args.state);
  if (!state?.email) return false;
  const resident = entry.submitterId
    ? await db.resident.findFirst({ where: { tenantId: requireTenantId(), id: entry.submitterId }, select: { email: true, displayName: true, locale: true } })
    : null;
  const emailField = entity.fields.find((f) => f.type === 'email');
  const to = resident?.email ?? (emailField ? ((entry.data as Record<string, unknown>)[emailField.key] as string | undefined) : undefined);
  if (!to) return false;
  const wanted = resident?.locale ?? tenant.defaultLocale;
  const locale = d.locales.includes(wanted as never) ? wanted : d.locales.includes(tenant.defaultLocale as never) ? tenant.defaultLocale : 'en';
  const path = `/m/${d.id}/mine/${entry.id}`;
  const words = {
    reference: entry.reference,
    state: pickText(state.label, locale),
    comment: args.comment ?? '',
    module: pickText(d.name, locale),
    city: tenant.name,
    link: path,
  };
  await mail.send(tenant, {
    key: args.key,
    to,
    locale,
    displayName: resident?.displayName ?? '',
    subject: fill(pickText(state.email.subject, locale), words).slice(0, 200),
    body: fill(pickText(state.email.body, locale), words).slice(0, 5000),
    path,
  });
  return true;
}
