import { notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import { type Request, Router } from 'express';
import { z } from 'zod';
import type { DirectoryJson, EntryJson } from './contacts-api-types.ts';
import { createEntry, deleteEntry, type EntriesClient, findEntry, listEntries, updateEntry } from './contacts-repository.ts';
import type { ContactsSettings } from './contacts-settings.ts';
import { entryInput } from './entry-input.ts';
import { groupByCategory } from './group-by-category.ts';
import { toEntryJson } from './to-entry-json.ts';

const directoryQuery = z.object({ q: z.string().trim().max(100).optional() });
const entryId = z.uuid();

/**
 * The directory's API, mounted at /api/m/contacts/. Reading is public (it is the city's own
 * public information); writing needs `contacts.manage` and is audited.
 */
export function createContactsRouter(ctx: ModuleContext) {
  const router = Router();
  const manage = ctx.requirePermission('contacts.manage');

  const view = (req: Request) => {
    const settings = ctx.settings<ContactsSettings>(req);
    const city = cityOf(req);
    return { settings, city, json: { now: new Date(), timeZone: city.timeZone, withStatus: settings.showOpenNowBadge } };
  };

  // A malformed id names no entry: 404, not a database error.
  const load = async (db: EntriesClient, param: unknown) => {
    const id = entryId.safeParse(param);
    const row = id.success ? await findEntry(db, id.data) : null;
    if (!row) throw notFound('This entry');
    return row;
  };

  router.get('/entries', async (req, res) => {
    const { q } = parseInput(directoryQuery, req.query, 'query');
    const { settings, city, json } = view(req);
    const rows = await listEntries(ctx.db, { nameContains: q || undefined });
    const body: DirectoryJson = {
      intro: settings.intro,
      showOpenNowBadge: settings.showOpenNowBadge,
      timeZone: city.timeZone,
      categories: settings.categories,
      groups: groupByCategory(rows.map((r) => toEntryJson(r, json)), settings.categories, city.defaultLocale),
    };
    res.json(body);
  });

  router.get('/entries/:id', async (req, res) => {
    const { city, json } = view(req);
    const body: EntryJson = { entry: toEntryJson(await load(ctx.db, req.params.id), json), timeZone: city.timeZone };
    res.json(body);
  });

  // Each change commits together with its audit entry, or not at all.
  router.post('/entries', manage, async (req, res) => {
    const input = parseInput(entryInput, req.body);
    const { json } = view(req);
    const after = await ctx.db.$transaction(async (tx) => {
      const row = toEntryJson(await createEntry(tx, input), json);
      await ctx.audit(req, { action: 'contacts.entry_created', targetType: 'contacts_entry', targetId: row.id, after: withoutStatus(row) }, tx);
      return row;
    });
    res.status(201).json({ entry: after });
  });

  router.put('/entries/:id', manage, async (req, res) => {
    const input = parseInput(entryInput, req.body);
    const { json } = view(req);
    const after = await ctx.db.$transaction(async (tx) => {
      const before = toEntryJson(await load(tx, req.params.id), json);
      const row = await updateEntry(tx, before.id, input);
      if (!row) throw notFound('This entry');
      const updated = toEntryJson(row, json);
      await ctx.audit(
        req,
        { action: 'contacts.entry_updated', targetType: 'contacts_entry', targetId: row.id, before: withoutStatus(before), after: withoutStatus(updated) },
        tx,
      );
      return updated;
    });
    res.json({ entry: after });
  });

  router.delete('/entries/:id', manage, async (req, res) => {
    const { json } = view(req);
    await ctx.db.$transaction(async (tx) => {
      const before = toEntryJson(await load(tx, req.params.id), json);
      if (!(await deleteEntry(tx, before.id))) throw notFound('This entry');
      await ctx.audit(req, { action: 'contacts.entry_deleted', targetType: 'contacts_entry', targetId: before.id, before: withoutStatus(before) }, tx);
    });
    res.status(204).end();
  });

  return router;
}

// The audit log records what staff changed, not a status that depends on when it was read.
const withoutStatus = ({ status: _status, ...entry }: ReturnType<typeof toEntryJson>) => entry;
