import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import type { StaffEntriesJson } from './news-api-types.ts';
import { entryInput, navigationInput, publishInput } from './news-input.ts';
import {
  createEntry,
  deleteEntry,
  findEntry,
  listAllEntries,
  type NewsClient,
  placeInNavigation,
  publishNow,
  scheduleEntry,
  unpublish,
  updateEntry,
} from './news-repository.ts';
import type { NewsSettings } from './news-settings.ts';
import { readerLocale } from './pick-translation.ts';
import { schedulePublish } from './schedule-publish.ts';
import { toReaderJson, toStaffJson } from './to-json.ts';

const entryId = z.uuid();
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } };
  const cause = e.meta?.driverAdapterError?.cause;
  return e.code === 'P2002' || cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505';
}
const slugTaken = () => new HttpError(409, 'slug_taken', 'slug: another entry of this kind already has this address.', { slug: 'Another entry of this kind already has this address' });

/** Staff: write (news.write), publish, schedule, unpublish and place in the navigation (news.publish). Every change is audited. */
export function staffRoutes(router: Router, ctx: ModuleContext) {
  const write = ctx.requirePermission('news.write');
  const publish = ctx.requirePermission('news.publish');
  const load = async (db: NewsClient, param: unknown) => {
    const id = entryId.safeParse(param);
    const row = id.success ? await findEntry(db, id.data) : null;
    if (!row) throw notFound('This entry');
    return row;
  };
  const audit = (req: Request, action: string, id: string, tx: Parameters<ModuleContext['audit']>[2], extra: { before?: unknown; after?: unknown } = {}) =>
    ctx.audit(req, { action: `news.${action}`, targetType: 'news_entry', targetId: id, ...extra }, tx);

  router.get('/admin/entries', write, async (req, res) => {
    const city = cityOf(req);
    const body: StaffEntriesJson = { entries: (await listAllEntries(ctx.db)).map(toStaffJson), locales: city.locales, defaultLocale: city.defaultLocale, timeZone: city.timeZone };
    res.json(body);
  });

  router.get('/admin/entries/:id', write, async (req, res) => {
    res.json({ entry: toStaffJson(await load(ctx.db, req.params.id)) });
  });

  // What a resident would see, before it is published.
  router.get('/admin/entries/:id/preview', write, async (req, res) => {
    const city = cityOf(req);
    res.json({ preview: toReaderJson(await load(ctx.db, req.params.id), readerLocale(req.query.locale, city), city.defaultLocale) });
  });

  router.post('/admin/entries', write, async (req, res) => {
    const input = parseInput(entryInput(cityOf(req)), req.body);
    const staff = req.staff!;
    const row = await ctx.db
      .$transaction(async (tx) => {
        const created = await createEntry(tx, input, { id: staff.id, name: staff.displayName });
        await audit(req, 'entry_created', created.id, tx, { after: { kind: created.kind, slug: created.slug } });
        return created;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? slugTaken() : error;
      });
    res.status(201).json({ entry: toStaffJson(row) });
  });

  router.put('/admin/entries/:id', write, async (req, res) => {
    const input = parseInput(entryInput(cityOf(req)), req.body);
    const row = await ctx.db
      .$transaction(async (tx) => {
        const existing = await load(tx, req.params.id);
        const row = await updateEntry(tx, existing.id, input);
        if (!row) throw notFound('This entry');
        await audit(req, 'entry_updated', row.id, tx, { before: { slug: existing.slug }, after: { slug: row.slug } });
        return row;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? slugTaken() : error;
      });
    res.json({ entry: toStaffJson(row) });
  });

  router.delete('/admin/entries/:id', publish, async (req, res) => {
    await ctx.db.$transaction(async (tx) => {
      const existing = await load(tx, req.params.id);
      await deleteEntry(tx, existing.id);
      await audit(req, 'entry_deleted', existing.id, tx, { before: { kind: existing.kind, slug: existing.slug } });
    });
    res.status(204).end();
  });

  // Now, or at a time of the city's clock: a delayed job publishes it then (and the sweep, if the job was lost).
  router.post('/admin/entries/:id/publish', publish, async (req, res) => {
    const now = new Date();
    const { publishAt } = parseInput(publishInput(cityOf(req).timeZone), req.body ?? {});
    const later = publishAt && publishAt > now ? publishAt : null;
    const row = await ctx.db.$transaction(async (tx) => {
      const existing = await load(tx, req.params.id);
      if (later) await scheduleEntry(tx, existing.id, later);
      else await publishNow(tx, existing.id, now);
      await audit(req, later ? 'entry_scheduled' : 'entry_published', existing.id, tx, { after: { publishAt: (later ?? now).toISOString() } });
      return (await findEntry(tx, existing.id))!;
    });
    if (later) await schedulePublish(ctx, { id: row.id, publishAt: later }, now);
    res.json({ entry: toStaffJson(row) });
  });

  router.post('/admin/entries/:id/unpublish', publish, async (req, res) => {
    const row = await ctx.db.$transaction(async (tx) => {
      const existing = await load(tx, req.params.id);
      await unpublish(tx, existing.id);
      await audit(req, 'entry_unpublished', existing.id, tx, { before: { status: existing.status } });
      return (await findEntry(tx, existing.id))!;
    });
    res.json({ entry: toStaffJson(row) });
  });

  router.put('/admin/navigation', publish, async (req, res) => {
    const { pageIds } = parseInput(navigationInput, req.body);
    await ctx.db.$transaction(async (tx) => {
      const placed = await placeInNavigation(tx, pageIds);
      if (placed !== new Set(pageIds).size) throw new HttpError(400, 'invalid_input', 'pageIds: each id must be one of this city’s pages.', { pageIds: 'Each id must be one of this city’s pages' });
      await ctx.audit(req, { action: 'news.navigation_changed', targetType: 'news_navigation', after: { pageIds } }, tx);
    });
    res.status(204).end();
  });

  // A picture for a body: its type is read from its bytes, and only pictures are accepted.
  router.post('/admin/images', write, express.raw({ type: () => true, limit: 10 * 1024 * 1024 }), async (req, res) => {
    const { maxImageKb } = ctx.settings<NewsSettings>(req);
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const file = await ctx.files.put(bytes, { maxBytes: maxImageKb * 1024, types: IMAGE_TYPES, field: 'image' });
    await ctx.audit(req, { action: 'news.image_uploaded', targetType: 'news_image', targetId: file.id });
    res.status(201).json({ image: { ...file, url: `/api/m/news/files/${file.id}` } });
  });
}
