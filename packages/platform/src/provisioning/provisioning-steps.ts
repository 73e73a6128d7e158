import { type AccountMailer, inviteStaff } from '@civitas/auth';
import type { Branding } from '@civitas/branding';
import type { Config } from '@civitas/config';
import { type AppClient, type PlatformClient, withTenant } from '@civitas/db';
import type { JobQueues } from '@civitas/jobs';
import { enableModule, type ModuleSetCache, updateModuleSettings } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { findResolvedTenant, type HostResolver } from '@civitas/tenancy';
import { setEntitlements } from '../entitlements.ts';
import { createTenant } from '../create-tenant.ts';
import type { ProvisioningStep, ProvisionRequest } from './provision-request.ts';

export interface ProvisioningDeps {
  platformDb: PlatformClient;
  db: AppClient;
  registry: ModuleRegistry;
  jobs: JobQueues;
  modules: ModuleSetCache;
  resolver: HostResolver;
  mailer: AccountMailer;
  config: Config;
}

interface RunContext {
  runId: string;
  request: ProvisionRequest;
  tenantId: string | null;
  operator: string;
}

/** A calm, readable start for a city that copies nobody: passes the AA contrast rules. */
export const DEFAULT_BRANDING: Branding = {
  colors: { primary: '#1d4f91', onPrimary: '#ffffff', background: '#ffffff', text: '#1b1b1b' },
  logoUrl: null,
  fontFamily: 'system',
};

const system = (operator: string) => ({ type: 'system' as const, id: null, label: `provisioning by ${operator}` });

/**
 * The steps of provisioning a city. Each one may run again after a crash or a retry and leaves
 * the same result: upserts, "already there" checks, and no second invitation.
 */
export const provisioningSteps: Record<ProvisioningStep, (deps: ProvisioningDeps, run: RunContext) => Promise<{ tenantId?: string }>> = {
  async 'create-city'(deps, { request, tenantId }) {
    const hosts = [`${request.slug}.${deps.config.BASE_DOMAIN}`, ...request.domains];
    const existing = await deps.platformDb.tenant.findFirst({ where: { slug: request.slug } });
    if (existing && existing.id !== tenantId) throw new Error(`The slug "${request.slug}" is already used by ${existing.name}.`);
    const taken = await deps.platformDb.tenantDomain.findFirst({
      where: { host: { in: hosts }, ...(existing ? { tenantId: { not: existing.id } } : {}) },
      include: { tenant: { select: { name: true } } },
    });
    if (taken) throw new Error(`The domain ${taken.host} is already used by ${taken.tenant.name}.`);
    const tenant = await createTenant(deps.platformDb, {
      slug: request.slug,
      name: request.name,
      status: 'provisioning',
      locales: request.locales,
      defaultLocale: request.defaultLocale,
      timeZone: request.timeZone,
      branding: DEFAULT_BRANDING,
      hosts,
    });
    return { tenantId: tenant.id };
  },

  async plan(deps, { request, tenantId, operator }) {
    const known = request.modules.filter((m) => deps.registry.has(m));
    await setEntitlements(deps.platformDb, tenantId!, known, operator);
    return {};
  },

  async branding(deps, { request, tenantId }) {
    const source = request.copyFrom ? await deps.platformDb.tenant.findFirst({ where: { slug: request.copyFrom } }) : null;
    if (request.copyFrom && !source) throw new Error(`The city to copy, "${request.copyFrom}", no longer exists.`);
    await deps.platformDb.tenant.update({ where: { id: tenantId! }, data: { branding: (source?.branding as object) ?? DEFAULT_BRANDING } });
    return {};
  },

  async modules(deps, { request, tenantId, operator }) {
    if (!request.copyFrom) return {};
    const source = await deps.platformDb.tenant.findFirst({ where: { slug: request.copyFrom }, include: { modules: { where: { enabled: true } } } });
    if (!source) throw new Error(`The city to copy, "${request.copyFrom}", no longer exists.`);
    const plan = new Set(request.modules);
    const actionDeps = { db: deps.db, registry: deps.registry, jobs: deps.jobs, cache: deps.modules };
    await withTenant(tenantId!, async () => {
      const ctx = { tenantId: tenantId!, actor: system(operator) };
      for (const row of source.modules.filter((m) => plan.has(m.moduleId) && deps.registry.has(m.moduleId))) {
        await enableModule(actionDeps, ctx, row.moduleId, true);
        const current = await deps.db.tenantModule.findFirst({ where: { tenantId: tenantId!, moduleId: row.moduleId } });
        if (JSON.stringify(current?.settings) !== JSON.stringify(row.settings)) {
          await updateModuleSettings(actionDeps, ctx, row.moduleId, { settings: row.settings });
        }
      }
    });
    return {};
  },

  async 'invite-admin'(deps, { request, tenantId, operator }) {
    const tenant = await findResolvedTenant(deps.platformDb, tenantId!);
    if (!tenant) throw new Error('The city disappeared during provisioning.');
    await withTenant(tenantId!, () =>
      inviteStaff(
        { db: deps.db, mailer: deps.mailer },
        {
          tenant,
          email: request.adminEmail,
          role: 'admin',
          permissions: [],
          invitedBy: { type: 'operator', id: null, label: operator, displayName: `${tenant.name} on Civitas` },
          onlyOnce: true,
        },
      ),
    );
    return {};
  },

  async 'warm-caches'(deps, { tenantId }) {
    // Every API process forgets what it knew about these hosts (a "no such city" cached before).
    await deps.resolver.invalidateTenant(tenantId!);
    await deps.modules.invalidate(tenantId!);
    return {};
  },

  async activate(deps, { tenantId }) {
    await deps.platformDb.tenant.update({ where: { id: tenantId! }, data: { status: 'active' } });
    await deps.resolver.invalidateTenant(tenantId!);
    return {};
  },
};
