import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import type { MergeInput, ProposalInput } from './proposal-input.ts';
import type { DeliveryInput, ReviewInput } from './staff-inputs.ts';

// The only code that touches projects (proposals and the projects made from them).

const shape = {
  image: { select: { projectId: true } },
  _count: { select: { follows: true } },
} as const;

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export async function findProject(db: BudgetClient, id: string) {
  return db.budgetProject.findFirst({ where: { tenantId: requireTenantId(), id }, include: shape });
}

/**
 * A campaign's projects. Residents see the published and merged ones and their own; staff see all.
 */
export async function listProjects(db: BudgetClient, campaignId: string, viewer: { staff: true } | { residentId: string | null }) {
  const tenantId = requireTenantId();
  const visible =
    'staff' in viewer
      ? {}
      : { OR: [{ status: { in: ['published' as const, 'merged' as const] } }, ...(viewer.residentId ? [{ authorId: viewer.residentId }] : [])] };
  return db.budgetProject.findMany({ where: { tenantId, campaignId, ...visible }, include: shape, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 2000 });
}

/** The titles of the proposals merged into each of these projects. */
export async function listMergedFrom(db: BudgetClient, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db.budgetProject.findMany({
    where: { tenantId: requireTenantId(), mergedIntoId: { in: projectIds } },
    select: { id: true, title: true, mergedIntoId: true },
    orderBy: { createdAt: 'asc' },
  });
}

export async function listTitles(db: BudgetClient, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.budgetProject.findMany({ where: { tenantId: requireTenantId(), id: { in: ids } }, select: { id: true, title: true } });
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** A proposal; `authorId` null for one made by staff or the demo seed. */
export async function createProposal(db: BudgetClient, campaignId: string, authorId: string | null, input: ProposalInput, published: boolean) {
  return db.budgetProject.create({
    data: {
      ...input,
      tenantId: requireTenantId(),
      campaignId,
      authorId,
      estimatedCost: BigInt(input.estimatedCost),
      status: published ? 'published' : 'pending',
    },
    include: shape,
  });
}

type ProjectChange = Partial<{
  status: 'pending' | 'published' | 'rejected' | 'merged';
  moderationNote: string;
  mergedIntoId: string | null;
  feasibility: ReviewInput['feasibility'];
  feasibilityNote: string;
  finalCost: bigint | null;
  eligible: boolean;
  delivery: DeliveryInput['delivery'];
  deliveryNote: string;
}>;

/** Applies a change to a project of this campaign; null when there is no such project. */
export async function updateProject(db: BudgetClient, id: string, change: ProjectChange) {
  const where = { tenantId: requireTenantId(), id };
  const { count } = await db.budgetProject.updateMany({ where, data: change });
  return count === 0 ? null : findProject(db, id);
}

/**
 * Creates the project the proposals are merged into (published, by staff) and marks each of them merged
 * into it. Their followers follow the new project too.
 */
export async function mergeProjects(db: BudgetClient, campaignId: string, input: MergeInput) {
  const tenantId = requireTenantId();
  const { projectIds, ...fields } = input;
  const merged = await db.budgetProject.create({
    data: { ...fields, tenantId, campaignId, estimatedCost: BigInt(fields.estimatedCost), status: 'published', authorId: null },
  });
  await db.budgetProject.updateMany({ where: { tenantId, campaignId, id: { in: projectIds } }, data: { status: 'merged', mergedIntoId: merged.id, eligible: false } });
  const followers = await db.budgetFollow.findMany({ where: { tenantId, projectId: { in: projectIds } }, select: { residentId: true }, distinct: ['residentId'] });
  await db.budgetFollow.createMany({ data: followers.map((f) => ({ tenantId, projectId: merged.id, residentId: f.residentId })), skipDuplicates: true });
  return (await findProject(db, merged.id))!;
}

/** The projects on the ballot: published and eligible, with the cost a ballot counts. */
export async function listBallotProjects(db: BudgetClient, campaignId: string) {
  const rows = await db.budgetProject.findMany({
    where: { tenantId: requireTenantId(), campaignId, status: 'published', eligible: true },
    select: { id: true, areaId: true, title: true, estimatedCost: true, finalCost: true, createdAt: true },
  });
  return rows.map((r) => ({ id: r.id, areaId: r.areaId, title: r.title, cost: Number(r.finalCost ?? r.estimatedCost), createdAt: r.createdAt }));
}

export async function listAuthoredProjects(db: BudgetClient, authorId: string) {
  return db.budgetProject.findMany({
    where: { tenantId: requireTenantId(), authorId },
    select: { id: true, campaignId: true, title: true, description: true, address: true, latitude: true, longitude: true, estimatedCost: true, status: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  });
}

/** On account deletion: the proposals stay (others follow and vote for them), without their author. */
export async function detachAuthor(db: BudgetClient, authorId: string) {
  await db.budgetProject.updateMany({ where: { tenantId: requireTenantId(), authorId }, data: { authorId: null } });
}

/** Titles and the costs a ballot counts, for ballots' confirmations. */
export async function listProjectCosts(db: BudgetClient, ids: string[]) {
  const rows = await db.budgetProject.findMany({
    where: { tenantId: requireTenantId(), id: { in: ids } },
    select: { id: true, title: true, finalCost: true, estimatedCost: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, cost: Number(r.finalCost ?? r.estimatedCost) }));
}
