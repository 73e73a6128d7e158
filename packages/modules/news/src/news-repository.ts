import { type AppClient, requireTenantId } from '@civitas/db';
import type { EntryInput } from './news-input.ts';

// The only code that touches the module's tables. Every query names the city as well as RLS enforcing it.

/** The app client or a transaction client of it. */
export type NewsClient = Pick<AppClient, 'newsEntry' | 'newsTranslation'>;

const withTexts = { translations: { orderBy: { locale: 'asc' as const } } };
export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export async function findEntry(db: NewsClient, id: string) {
  return db.newsEntry.findFirst({ where: { tenantId: requireTenantId(), id }, include: withTexts });
}

export async function findPublished(db: NewsClient, kind: 'post' | 'page', slug: string) {
  return db.newsEntry.findFirst({ where: { tenantId: requireTenantId(), kind, slug, status: 'published' }, include: withTexts });
}

export async function findBySlug(db: NewsClient, kind: 'post' | 'page', slug: string) {
  return db.newsEntry.findFirst({ where: { tenantId: requireTenantId(), kind, slug } });
}

/** Published posts, newest first, one page of them, with the total. */
export async function listPublishedPosts(db: NewsClient, skip: number, take: number) {
  const where = { tenantId: requireTenantId(), kind: 'post' as const, status: 'published' as const };
  const [rows, total] = await Promise.all([
    db.newsEntry.findMany({ where, include: withTexts, orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }], skip, take }),
    db.newsEntry.count({ where }),
  ]);
  return { rows, total };
}

/** Published pages placed in the navigation, in their order. */
export async function listNavigationPages(db: NewsClient) {
  return db.newsEntry.findMany({
    where: { tenantId: requireTenantId(), kind: 'page', status: 'published', navOrder: { not: null } },
    include: withTexts,
    orderBy: [{ navOrder: 'asc' }, { slug: 'asc' }],
  });
}

/** Everything, drafts included: the staff view. */
export async function listAllEntries(db: NewsClient) {
  return db.newsEntry.findMany({ where: { tenantId: requireTenantId() }, include: withTexts, orderBy: [{ kind: 'asc' }, { updatedAt: 'desc' }], take: 500 });
}

export async function createEntry(db: NewsClient, input: EntryInput, author: { id: string | null; name: string }) {
  const tenantId = requireTenantId();
  return db.newsEntry.create({
    data: {
      tenantId,
      kind: input.kind,
      slug: input.slug,
      navOrder: input.navOrder,
      authorId: author.id,
      authorName: author.name,
      translations: { create: input.translations },
    },
    include: withTexts,
  });
}

/** Replaces an entry's texts: locales left out are removed. */
export async function updateEntry(db: NewsClient, id: string, input: EntryInput) {
  const tenantId = requireTenantId();
  const { count } = await db.newsEntry.updateMany({ where: { tenantId, id }, data: { kind: input.kind, slug: input.slug, navOrder: input.navOrder } });
  if (count === 0) return null;
  await db.newsTranslation.deleteMany({ where: { tenantId, entryId: id, locale: { notIn: input.translations.map((t) => t.locale) } } });
  for (const t of input.translations) {
    await db.newsTranslation.upsert({
      where: { tenantId_entryId_locale: { tenantId, entryId: id, locale: t.locale } },
      create: { ...t, tenantId, entryId: id },
      update: { title: t.title, summary: t.summary, bodyHtml: t.bodyHtml },
    });
  }
  return findEntry(db, id);
}

export async function publishNow(db: NewsClient, id: string, now: Date) {
  const { count } = await db.newsEntry.updateMany({ where: { tenantId: requireTenantId(), id }, data: { status: 'published', publishAt: null, publishedAt: now } });
  return count > 0;
}

export async function scheduleEntry(db: NewsClient, id: string, publishAt: Date) {
  const { count } = await db.newsEntry.updateMany({ where: { tenantId: requireTenantId(), id }, data: { status: 'scheduled', publishAt, publishedAt: null } });
  return count > 0;
}

export async function unpublish(db: NewsClient, id: string) {
  const { count } = await db.newsEntry.updateMany({ where: { tenantId: requireTenantId(), id }, data: { status: 'draft', publishAt: null, publishedAt: null } });
  return count > 0;
}

/**
 * Publishes scheduled entries whose time has come (one, or all of the city's). One conditional
 * UPDATE: whichever of the job and the sweep gets there first publishes, the other finds nothing.
 */
export async function publishDue(db: NewsClient, now: Date, id?: string) {
  const { count } = await db.newsEntry.updateMany({
    where: { tenantId: requireTenantId(), status: 'scheduled', publishAt: { lte: now }, ...(id ? { id } : {}) },
    data: { status: 'published', publishedAt: now },
  });
  return count;
}

/** Sets the navigation order of the given pages (0, 1, 2…) and takes every other page out of it. */
export async function placeInNavigation(db: NewsClient, pageIds: string[]) {
  const tenantId = requireTenantId();
  await db.newsEntry.updateMany({ where: { tenantId, kind: 'page', id: { notIn: pageIds } }, data: { navOrder: null } });
  let placed = 0;
  for (const [navOrder, id] of pageIds.entries()) {
    placed += (await db.newsEntry.updateMany({ where: { tenantId, kind: 'page', id }, data: { navOrder } })).count;
  }
  return placed;
}

export async function deleteEntry(db: NewsClient, id: string) {
  const { count } = await db.newsEntry.deleteMany({ where: { tenantId: requireTenantId(), id } });
  return count > 0;
}
