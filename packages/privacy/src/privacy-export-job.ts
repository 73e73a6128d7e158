import { recordAudit } from '@civitas/audit';
import type { AccountMailer } from '@civitas/auth';
import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import type { ModuleRegistry } from '@civitas/module-sdk';
import type { ResolvedTenant } from '@civitas/tenancy';
import { z } from 'zod';
import { buildArchive } from './build-archive.ts';
import { collectResidentData } from './collect-resident-data.ts';
import { completePrivacyExport, failPrivacyExport, findPrivacyExport } from './privacy-export-repository.ts';

export const privacyExportJob = defineJob({
  name: 'privacy.export',
  payload: z.object({ tenantId: z.uuid(), exportId: z.uuid() }),
  jobId: (p) => `privacy-export.${p.tenantId}.${p.exportId}`,
  attempts: 3,
});

/** Builds the archive and tells the resident it is ready. A finished export is never rebuilt. */
export const privacyExportHandler = (deps: {
  db: AppClient;
  registry: ModuleRegistry;
  mailer: AccountMailer;
  tenantOf: (tenantId: string) => Promise<ResolvedTenant>;
}) =>
  handler(privacyExportJob, async (p, job) => {
    const { db } = deps;
    const request = await findPrivacyExport(db, p.exportId);
    if (!request || request.status !== 'pending') return { skipped: true };
    const tenant = await deps.tenantOf(p.tenantId);
    try {
      const data = await collectResidentData(db, deps.registry, request.residentId);
      if (!data) {
        await failPrivacyExport(db, p.exportId, 'The account no longer exists.');
        return { failed: true };
      }
      await completePrivacyExport(db, p.exportId, buildArchive({ cityName: tenant.name, generatedAt: new Date(), data }));
      await recordAudit(db, {
        actor: { type: 'system', id: null, label: 'privacy export' },
        action: 'resident.data_exported',
        targetType: 'resident',
        targetId: request.residentId,
      });
      await deps.mailer.send({
        tenant,
        key: `privacy-export.${p.exportId}`,
        template: 'privacy-export-ready',
        locale: data.account.locale ?? tenant.defaultLocale,
        to: data.account.email,
        data: { cityName: tenant.name, displayName: data.account.displayName, link: deps.mailer.link(tenant, '/account/privacy') },
      });
      return { ready: true };
    } catch (error) {
      // Out of retries: say so on the page instead of leaving the request pending for ever.
      if (job && job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await failPrivacyExport(db, p.exportId, 'The export could not be built. Please ask again.');
      throw error;
    }
  });
