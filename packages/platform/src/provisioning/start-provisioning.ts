import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import type { ModuleRegistry } from '@civitas/module-sdk';
import type { Redis } from 'ioredis';
import { provisionRequest } from './provision-request.ts';
import { addProvisioningFlow } from './provisioning-flow.ts';
import { createRun } from './provisioning-runs.ts';

/**
 * Validates an operator's request (400 naming each field, 409 for a slug or domain in use) and
 * starts the provisioning flow. The same function backs the console and the command line.
 */
export async function startProvisioning(
  deps: { platformDb: PlatformClient; redis: Redis; prefix: string; registry: ModuleRegistry; baseDomain: string },
  input: unknown,
  operator: string,
) {
  const request = parseInput(provisionRequest, input);
  const unknown = request.modules.filter((m) => !deps.registry.has(m));
  if (unknown.length) throw new HttpError(400, 'invalid_input', `No installed module is called ${unknown.join(', ')}.`, { modules: `unknown: ${unknown.join(', ')}` });
  const taken = await deps.platformDb.tenant.findFirst({ where: { slug: request.slug }, select: { name: true } });
  if (taken) throw new HttpError(409, 'slug_taken', `The address ${request.slug} is already used by ${taken.name}.`, { slug: `is already used by ${taken.name}` });
  const hosts = [`${request.slug}.${deps.baseDomain}`, ...request.domains];
  const domain = await deps.platformDb.tenantDomain.findFirst({ where: { host: { in: hosts } }, include: { tenant: { select: { name: true } } } });
  if (domain) throw new HttpError(409, 'domain_taken', `The domain ${domain.host} is already used by ${domain.tenant.name}.`, { domains: `${domain.host} is already used by ${domain.tenant.name}` });
  if (request.copyFrom && !(await deps.platformDb.tenant.findFirst({ where: { slug: request.copyFrom }, select: { id: true } }))) {
    throw new HttpError(400, 'invalid_input', `There is no city "${request.copyFrom}" to copy.`, { copyFrom: 'is not a city' });
  }
  const running = await deps.platformDb.provisioningRun.findFirst({ where: { slug: request.slug, status: 'running' } });
  if (running) throw new HttpError(409, 'already_provisioning', `${request.slug} is being provisioned already.`, undefined, { runId: running.id });
  const run = await createRun(deps.platformDb, request, operator);
  await recordOperatorAudit(deps.platformDb, {
    operatorId: null,
    actorLabel: operator,
    action: 'city.provisioning_started',
    after: { runId: run.id, slug: request.slug, name: request.name, plan: request.modules, copyFrom: request.copyFrom },
  });
  await addProvisioningFlow(deps.redis, deps.prefix, run.id, run.attempt);
  return run;
}
