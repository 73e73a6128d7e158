import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';

export async function sentKeys(db: BudgetClient, keys: string[]) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db.budgetMailLog.findMany({ where: { tenantId: requireTenantId(), key: { in: keys } }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

export async function markSent(db: BudgetClient, key: string) {
  await db.budgetMailLog.createMany({ data: [{ tenantId: requireTenantId(), key }], skipDuplicates: true });
}
