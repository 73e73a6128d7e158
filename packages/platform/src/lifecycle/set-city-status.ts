import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient, TenantStatus } from '@civitas/db';
import { HttpError } from '@civitas/http';
import type { HostResolver } from '@civitas/tenancy';

const ALLOWED: Record<TenantStatus, TenantStatus[]> = {
  provisioning: [],
  active: ['suspended', 'archived'],
  suspended: ['active', 'archived'],
  archived: ['active'],
};

/** Suspend, resume or archive a city; the change reaches every API process at once. */
export async function setCityStatus(
  deps: { platformDb: PlatformClient; resolver: HostResolver },
  input: { tenantId: string; status: TenantStatus; operator: { id: string | null; email: string }; requestId?: string },
) {
  const city = await deps.platformDb.tenant.findFirst({ where: { id: input.tenantId } });
  if (!city) throw new HttpError(404, 'not_found', 'This city was not found.');
  if (city.status === input.status) return city;
  if (!ALLOWED[city.status].includes(input.status)) {
    throw new HttpError(409, 'invalid_transition', `A city that is ${city.status} cannot become ${input.status}.`);
  }
  const updated = await deps.platformDb.tenant.update({ where: { id: city.id }, data: { status: input.status } });
  await recordOperatorAudit(deps.platformDb, {
    operatorId: input.operator.id,
    actorLabel: input.operator.email,
    action: `city.${input.status === 'active' ? 'resumed' : input.status}`,
    subjectTenantId: city.id,
    before: { status: city.status },
    after: { status: input.status },
    requestId: input.requestId,
  });
  await deps.resolver.invalidateTenant(city.id);
  return updated;
}
