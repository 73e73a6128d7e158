import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import type { ProjectJson } from './budget-api-types.ts';
import { toMoney } from './money.ts';

interface ResidentProjectRow {
  campaignOpen: true;
  id: string | null;
  campaignId: string;
  areaId: string;
  title: string;
  description: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  estimatedCost: bigint;
  finalCost: bigint | null;
  status: ProjectJson['status'];
  moderationNote: string;
  mergedIntoId: string | null;
  mergedIntoTitle: string | null;
  mergedFrom: { id: string; title: string }[];
  feasibility: ProjectJson['feasibility'];
  feasibilityNote: string;
  eligible: boolean;
  delivery: ProjectJson['delivery'];
  deliveryNote: string;
  yours: boolean;
  following: boolean;
  followers: number;
  hasImage: boolean;
  createdAt: Date;
}

/**
 * A campaign's projects as a resident (or a visitor, `residentId` null) sees them: the published
 * and merged ones, and the resident's own. The hottest read of the module, so one statement rather
 * than the ORM's five (campaign, projects with pictures and follower counts, merged proposals, the
 * titles they were merged into, what the resident follows); row-level security applies as to any
 * other query, the city being bound to the connection. Null when the campaign is not open to
 * residents (unknown, or a draft): the route answers 404. Kept equal to the staff path's
 * `toProjectJson` by projects.integration.test.ts.
 */
export async function listResidentProjects(db: BudgetClient, campaignId: string, residentId: string | null): Promise<ProjectJson[] | null> {
  const tenantId = requireTenantId();
  const rows = await db.$queryRaw<ResidentProjectRow[]>`
    select true as "campaignOpen", p.id, p."campaignId", p."areaId", p.title, p.description, p.address, p.latitude, p.longitude,
           p."estimatedCost", p."finalCost", p.status::text as status, p."moderationNote", p."mergedIntoId",
           (select t.title from budget_projects t where t."tenantId" = p."tenantId" and t.id = p."mergedIntoId") as "mergedIntoTitle",
           coalesce((select json_agg(json_build_object('id', m.id, 'title', m.title) order by m."createdAt", m.id)
                       from budget_projects m where m."tenantId" = p."tenantId" and m."mergedIntoId" = p.id), '[]'::json) as "mergedFrom",
           p.feasibility::text as feasibility, p."feasibilityNote", p.eligible, p.delivery::text as delivery, p."deliveryNote",
           coalesce(p."authorId" = ${residentId}::uuid, false) as yours,
           exists (select 1 from budget_follows f where f."tenantId" = p."tenantId" and f."projectId" = p.id and f."residentId" = ${residentId}::uuid) as following,
           (select count(*)::int from budget_follows f where f."tenantId" = p."tenantId" and f."projectId" = p.id) as followers,
           exists (select 1 from budget_images i where i."tenantId" = p."tenantId" and i."projectId" = p.id) as "hasImage",
           p."createdAt"
      from budget_campaigns c
      left join lateral (
        select * from budget_projects p
         where p."tenantId" = c."tenantId" and p."campaignId" = c.id
           and (p.status in ('published', 'merged') or p."authorId" = ${residentId}::uuid)
         order by p."createdAt", p.id
         limit 2000
      ) p on true
     where c."tenantId" = ${tenantId}::uuid and c.id = ${campaignId}::uuid and c.phase <> 'draft'
     order by p."createdAt", p.id`;
  if (rows.length === 0) return null;
  return rows.filter((r) => r.id !== null).map(toJson);
}

function toJson(r: ResidentProjectRow): ProjectJson {
  const finalCost = r.finalCost === null ? null : toMoney(r.finalCost);
  return {
    id: r.id!,
    campaignId: r.campaignId,
    areaId: r.areaId,
    title: r.title,
    description: r.description,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    estimatedCost: toMoney(r.estimatedCost),
    finalCost,
    cost: finalCost ?? toMoney(r.estimatedCost),
    status: r.status,
    moderationNote: r.moderationNote,
    mergedIntoId: r.mergedIntoId,
    mergedIntoTitle: r.mergedIntoTitle,
    mergedFrom: r.mergedFrom,
    feasibility: r.feasibility,
    feasibilityNote: r.feasibilityNote,
    eligible: r.eligible,
    delivery: r.delivery,
    deliveryNote: r.deliveryNote,
    hasImage: r.hasImage,
    yours: r.yours,
    following: r.following,
    followers: r.followers,
    createdAt: r.createdAt.toISOString(),
  };
}
