import type { AppClient, PlatformClient } from '@civitas/db';
import { requireTenantId } from '@civitas/db';

/** The city's drafts, newest first. */
export async function listDrafts(db: AppClient) {
  const tenantId = requireTenantId();
  return db.builderDraft.findMany({ where: { tenantId }, orderBy: { updatedAt: 'desc' } });
}

export async function findDraft(db: AppClient, moduleId: string) {
  const tenantId = requireTenantId();
  return db.builderDraft.findFirst({ where: { tenantId, moduleId } });
}

export async function saveDraft(db: AppClient, moduleId: string, data: { definition: object; basedOnVersion?: string | null; updatedBy: string }) {
  const tenantId = requireTenantId();
  return db.builderDraft.upsert({
    where: { tenantId_moduleId: { tenantId, moduleId } },
    create: { tenantId, moduleId, ...data },
    update: data,
  });
}

/** Published versions this city may read (its own, or of a module it sees in the catalogue), newest first. */
export async function listVersions(db: AppClient, moduleId: string) {
  const rows = await db.builderVersion.findMany({ where: { moduleId } });
  return rows.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

export async function findVersion(db: AppClient, moduleId: string, version: string) {
  return db.builderVersion.findFirst({ where: { moduleId, version } });
}

export async function insertVersion(
  db: AppClient,
  row: { moduleId: string; version: string; authorSlug: string; definition: object; changeLevel: string; changes: object; changelog: object; publishedBy: string },
) {
  return db.builderVersion.create({ data: row });
}

/** Every published version of every built module: what each process serves (platform client). */
export async function listAllVersions(platformDb: PlatformClient) {
  return platformDb.builderVersion.findMany({ where: { moduleId: { not: '' } }, orderBy: [{ moduleId: 'asc' }, { publishedAt: 'asc' }] });
}
