import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';

/** Following twice is one follow. */
export async function follow(db: BudgetClient, projectId: string, residentId: string) {
  await db.budgetFollow.createMany({ data: [{ tenantId: requireTenantId(), projectId, residentId }], skipDuplicates: true });
}

export async function unfollow(db: BudgetClient, projectId: string, residentId: string) {
  await db.budgetFollow.deleteMany({ where: { tenantId: requireTenantId(), projectId, residentId } });
}

/** Which of these projects the resident follows. */
export async function followedAmong(db: BudgetClient, residentId: string, projectIds: string[]) {
  if (projectIds.length === 0) return new Set<string>();
  const rows = await db.budgetFollow.findMany({ where: { tenantId: requireTenantId(), residentId, projectId: { in: projectIds } }, select: { projectId: true } });
  return new Set(rows.map((r) => r.projectId));
}

export async function listFollowers(db: BudgetClient, projectId: string) {
  const rows = await db.budgetFollow.findMany({ where: { tenantId: requireTenantId(), projectId }, select: { residentId: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => r.residentId);
}

export async function listFollowsOf(db: BudgetClient, residentId: string) {
  return db.budgetFollow.findMany({
    where: { tenantId: requireTenantId(), residentId },
    select: { projectId: true, createdAt: true, project: { select: { title: true } } },
    orderBy: { createdAt: 'asc' },
  });
}

export async function deleteFollowsOf(db: BudgetClient, residentId: string) {
  await db.budgetFollow.deleteMany({ where: { tenantId: requireTenantId(), residentId } });
}
