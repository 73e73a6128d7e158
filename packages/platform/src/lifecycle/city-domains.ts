import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import type { HostResolver } from '@civitas/tenancy';
import { z } from 'zod';

const hostSchema = z.object({
  host: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/, 'must be a host name such as city.example.org'),
});

interface DomainDeps {
  platformDb: PlatformClient;
  resolver: HostResolver;
}
type Operator = { id: string | null; email: string };

/** Adds a custom domain to a city (secondary: it answers 301 to the primary until made primary). */
export async function addDomain(deps: DomainDeps, tenantId: string, input: unknown, operator: Operator) {
  const { host } = parseInput(hostSchema, input);
  const taken = await deps.platformDb.tenantDomain.findFirst({ where: { host }, include: { tenant: { select: { name: true } } } });
  if (taken) throw new HttpError(409, 'domain_taken', `${host} is already used by ${taken.tenant.name}.`, { host: `is already used by ${taken.tenant.name}` });
  await deps.platformDb.tenantDomain.create({ data: { tenantId, host, primary: null } });
  await audit(deps, operator, tenantId, 'city.domain_added', null, { host });
  await deps.resolver.invalidateTenant(tenantId);
}

export async function removeDomain(deps: DomainDeps, tenantId: string, host: string, operator: Operator) {
  const domain = await deps.platformDb.tenantDomain.findFirst({ where: { tenantId, host } });
  if (!domain) throw new HttpError(404, 'not_found', `${host} is not a domain of this city.`);
  if (domain.primary) throw new HttpError(409, 'primary_domain', `${host} is the primary domain. Make another domain primary first.`);
  await deps.platformDb.tenantDomain.deleteMany({ where: { tenantId, host } });
  await audit(deps, operator, tenantId, 'city.domain_removed', { host }, null);
  await deps.resolver.invalidateTenant(tenantId);
}

/** Makes a domain the primary one; the others answer 301 to it from now on. */
export async function setPrimaryDomain(deps: DomainDeps, tenantId: string, host: string, operator: Operator) {
  const domain = await deps.platformDb.tenantDomain.findFirst({ where: { tenantId, host } });
  if (!domain) throw new HttpError(404, 'not_found', `${host} is not a domain of this city.`);
  const before = await deps.platformDb.tenantDomain.findFirst({ where: { tenantId, primary: true } });
  await deps.platformDb.$transaction([
    deps.platformDb.tenantDomain.updateMany({ where: { tenantId, primary: true }, data: { primary: null } }),
    deps.platformDb.tenantDomain.updateMany({ where: { tenantId, host }, data: { primary: true } }),
  ]);
  await audit(deps, operator, tenantId, 'city.primary_domain_changed', { host: before?.host }, { host });
  await deps.resolver.invalidateTenant(tenantId);
}

function audit(deps: DomainDeps, operator: Operator, tenantId: string, action: string, before: unknown, after: unknown) {
  return recordOperatorAudit(deps.platformDb, { operatorId: operator.id, actorLabel: operator.email, action, subjectTenantId: tenantId, before, after });
}
