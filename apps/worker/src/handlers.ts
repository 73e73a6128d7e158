import { recordSignInHandler } from '@civitas/auth';
import { createMailer, sendMailHandler } from '@civitas/mail';
import { moduleJobHandlers, moduleSweepHandler } from '@civitas/module-host';
import { privacyExportHandler } from '@civitas/privacy';
import type { Runtime } from '@civitas/runtime';
import { findResolvedTenant } from '@civitas/tenancy';

/** Every job kind this worker runs: the platform's own, then what the installed modules contribute. */
export function jobHandlers(runtime: Pick<Runtime, 'db' | 'platformDb' | 'registry' | 'modules' | 'mailer' | 'config' | 'jobs'>) {
  const { db, registry, modules } = runtime;
  const smtp = createMailer({ smtpUrl: runtime.config.SMTP_URL });
  const tenantOf = async (tenantId: string) => {
    const tenant = await findResolvedTenant(runtime.platformDb, tenantId);
    if (!tenant) throw new Error(`city ${tenantId} no longer exists`);
    return tenant;
  };
  return {
    handlers: [
      recordSignInHandler(db),
      sendMailHandler(smtp),
      privacyExportHandler({ db, registry, mailer: runtime.mailer, tenantOf }),
      ...moduleJobHandlers(db, registry, modules),
      moduleSweepHandler({
        db,
        registry,
        cache: modules,
        jobs: runtime.jobs,
        cityOf: async (tenantId) => {
          const city = await findResolvedTenant(runtime.platformDb, tenantId);
          return city && { slug: city.slug, name: city.name, host: city.primaryHost, defaultLocale: city.defaultLocale, locales: city.locales, timeZone: city.timeZone, status: city.status };
        },
      }),
    ],
    close: () => smtp.close(),
  };
}
