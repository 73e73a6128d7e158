import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';

/** One picture per project: a new one replaces the old. */
export async function putImage(db: BudgetClient, projectId: string, contentType: string, bytes: Uint8Array) {
  const tenantId = requireTenantId();
  const data = { contentType, bytes: new Uint8Array(bytes) };
  await db.budgetImage.upsert({
    where: { tenantId_projectId: { tenantId, projectId } },
    create: { ...data, tenantId, projectId },
    update: data,
  });
}

export async function findImage(db: BudgetClient, projectId: string) {
  return db.budgetImage.findFirst({ where: { tenantId: requireTenantId(), projectId } });
}
