import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import {
  applyBuiltModuleSettings,
  type BuiltModuleDefinition,
  compileEntrySchema,
  findEntityType,
  pickText,
} from '@civitas/module-sdk/builder';
import { cityOf } from '@civitas/tenancy';
import { type NextFunction, type Request, type RequestHandler, type Response, Router } from 'express';
import { z } from 'zod';
import { type BuiltModuleMail, sendStateEmail } from './entry-mail.ts';
import { ownEntryJson, publicEntryJson, staffEntryJson } from './entry-json.ts';
import { countSubmitted, entryExists, findEntry, insertEntry, insertTransition, listEntries, moveEntry } from './entry-repository.ts';
import { listQuerySchema } from './list-query.ts';
import { newReference } from './new-reference.ts';

export interface EntryRouterDeps {
  mail: BuiltModuleMail;
  /** Every published version's definition: each city is served the version it runs. */
  versions: ReadonlyMap<string, BuiltModuleDefinition>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dueAtFor = (days: number | undefined) => (days ? new Date(Date.now() + days * DAY_MS) : null);

/**
 * The one runtime of every built module, mounted by the module host at `/api/m/<id>/`: forms,
 * resident lists and details, "my submissions", and the staff's workflow. Everything it does is
 * read from the definition of the version the city runs, with the city's settings applied.
 */
export function createEntryRouter(ctx: ModuleContext, moduleId: string, deps: EntryRouterDeps) {
  const router = Router();
  const served = (req: Request) => {
    const definition = deps.versions.get(req.moduleVersion ?? '');
    if (!definition) throw new HttpError(409, 'version_unavailable', `Version ${req.moduleVersion} of ${moduleId} is not published.`);
    return applyBuiltModuleSettings(definition, ctx.settings(req));
  };
  const localeOf = (req: Request, d: BuiltModuleDefinition) => {
    const asked = typeof req.query.locale === 'string' ? req.query.locale : (req.resident?.locale ?? cityOf(req).defaultLocale);
    return d.locales.includes(asked as never) ? asked : 'en';
  };
  const run = (handlers: RequestHandler[], req: Request, res: Response) =>
    handlers.reduce<Promise<void>>(
      (prior, h) => prior.then(() => new Promise<void>((resolve, reject) => void Promise.resolve(h(req, res, (e?: unknown) => (e ? reject(e) : resolve()))).catch(reject))),
      Promise.resolve(),
    );
  /** Any of the module's permissions lets staff read its entries. */
  const anyPermission = async (req: Request, res: Response, d: BuiltModuleDefinition) => {
    let last: unknown;
    for (const p of d.permissions) {
      try {
        return await run([ctx.requirePermission(`${moduleId}.${p.verb}`)], req, res);
      } catch (error) {
        last = error;
        if (error instanceof HttpError && error.status === 401) break;
      }
    }
    throw last;
  };

  router.get('/definition', (req, res) => {
    const d = served(req);
    res.json({ version: req.moduleVersion, definition: d });
  });

  router.post('/forms/:form', async (req, res) => {
    const d = served(req);
    const form = d.forms.find((f) => f.key === req.params.form);
    if (!form) throw notFound(`The form "${req.params.form}"`);
    const now = Date.now();
    if ((form.opensAt && now < Date.parse(form.opensAt)) || (form.closesAt && now >= Date.parse(form.closesAt))) {
      throw new HttpError(409, 'form_closed', `${pickText(form.title, 'en')} is not open for submissions now.`);
    }
    if (form.submitters === 'resident') await run([ctx.requireResident()], req, res);
    if (form.submitters === 'verifiedResident') await run([ctx.requireResident({ verified: true })], req, res);
    if (form.submitters === 'staff') await anyPermission(req, res, d);
    if (form.submitters === 'anyone' && req.session?.principal?.kind === 'resident') await run([ctx.requireResident()], req, res);
    const entity = findEntityType(d, form.entityType);
    const residentId = req.resident?.id ?? null;
    if (form.frequency === 'once' && residentId && (await countSubmitted(ctx.db, moduleId, entity.key, residentId)) > 0) {
      throw new HttpError(409, 'already_submitted', 'You have already sent this form.');
    }
    const locale = localeOf(req, d);
    const schema = compileEntrySchema(d, entity.key, { fields: form.fields, audience: form.submitters === 'staff' ? 'staff' : 'resident', locale });
    const data = parseInput(schema, req.body);
    for (const field of entity.fields) {
      if (field.type === 'reference' && typeof data[field.key] === 'string' && !(await entryExists(ctx.db, moduleId, field.entityType, data[field.key] as string))) {
        throw new HttpError(400, 'invalid_input', `The request body is not valid. ${field.key}: no such entry`, { [field.key]: 'names no entry of this module' });
      }
      if (field.type === 'submitter' && residentId) data[field.key] = residentId;
    }
    const initial = entity.workflow.states.find((s) => s.key === entity.workflow.initial)!;
    const entry = await ctx.db.$transaction(async (tx) => {
      const row = await insertEntry(tx as never, entity, {
        moduleId,
        version: req.moduleVersion!,
        data,
        state: initial.key,
        submitterId: residentId,
        reference: newReference(moduleId),
        dueAt: dueAtFor(initial.dueInDays),
      });
      await ctx.audit(req, { action: 'builder.entry_submitted', targetType: `${moduleId}.${entity.key}`, targetId: row.id, after: { state: row.state, version: row.version } }, tx as never);
      return row;
    });
    await sendStateEmail(ctx.db, deps.mail, { tenant: cityOf(req), definition: d, entity, entry, state: initial.key, comment: null, key: `builder.${entry.id}.submitted` });
    res.status(201).json({ entry: ownEntryJson({ ...entry, transitions: [] }, entity, locale), confirmation: pickText(form.confirmation, locale) });
  });

  const listPage = async (req: Request, res: Response) => {
    const d = served(req);
    const page = d.pages.find((p) => p.key === req.params.page);
    if (!page || page.kind !== 'list') throw notFound(`The page "${req.params.page}"`);
    if (page.audience === 'resident') await run([ctx.requireResident()], req, res);
    return { d, page, entity: findEntityType(d, page.entityType), locale: localeOf(req, d) };
  };

  router.get('/pages/:page', async (req, res) => {
    const { page, entity, locale } = await listPage(req, res);
    const query = parseInput(listQuerySchema(entity, page), req.query, 'query');
    const { rows, total } = await listEntries(ctx.db, {
      moduleId,
      entityType: entity.key,
      states: page.states,
      filters: query.filters,
      page: query.page,
      pageSize: page.pageSize,
    });
    res.json({ entries: rows.map((r) => publicEntryJson(r, entity, page.columns, locale)), page: query.page, pageSize: page.pageSize, total });
  });

  router.get('/pages/:page/:entryId', async (req, res) => {
    const { page, entity, locale } = await listPage(req, res);
    const id = z.uuid().safeParse(req.params.entryId);
    const row = page.detailFields && id.success ? await findEntry(ctx.db, moduleId, id.data) : null;
    if (!row || row.entityType !== entity.key || (page.states && !page.states.includes(row.state))) throw notFound('This entry');
    res.json({ entry: publicEntryJson(row, entity, page.detailFields!, locale) });
  });

  router.get('/mine', ctx.requireResident(), async (req, res) => {
    const d = served(req);
    const locale = localeOf(req, d);
    const pageNo = z.coerce.number().int().min(1).max(10_000).catch(1).parse(req.query.page ?? 1);
    const results = await Promise.all(
      d.entityTypes.map((entity) => listEntries(ctx.db, { moduleId, entityType: entity.key, submitterId: req.resident!.id, page: pageNo, pageSize: 50 })),
    );
    const entries = results.flatMap((r, i) => r.rows.map((row) => ownEntryJson(row, d.entityTypes[i]!, locale)));
    res.json({ entries: entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt)), page: pageNo });
  });

  router.get('/mine/:entryId', ctx.requireResident(), async (req, res) => {
    const d = served(req);
    const id = z.uuid().safeParse(req.params.entryId);
    const row = id.success ? await findEntry(ctx.db, moduleId, id.data) : null;
    if (!row || row.submitterId !== req.resident!.id) throw notFound('This entry');
    res.json({ entry: ownEntryJson(row, findEntityType(d, row.entityType), localeOf(req, d)) });
  });

  router.get('/staff/entries', async (req, res) => {
    const d = served(req);
    await anyPermission(req, res, d);
    const query = parseInput(
      z
        .object({
          entityType: z.enum(d.entityTypes.map((e) => e.key) as [string, ...string[]]).default(d.entityTypes[0]!.key),
          state: z.string().max(40).optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          locale: z.string().max(10).optional(),
        })
        .strict(),
      req.query,
      'query',
    );
    const entity = findEntityType(d, query.entityType);
    const { rows, total } = await listEntries(ctx.db, { moduleId, entityType: entity.key, states: query.state ? [query.state] : undefined, page: query.page, pageSize: 50 });
    res.json({ entries: rows.map((r) => staffEntryJson(r, entity, localeOf(req, d))), page: query.page, pageSize: 50, total });
  });

  router.get('/staff/entries/:entryId', async (req, res) => {
    const d = served(req);
    await anyPermission(req, res, d);
    const id = z.uuid().safeParse(req.params.entryId);
    const row = id.success ? await findEntry(ctx.db, moduleId, id.data) : null;
    if (!row) throw notFound('This entry');
    res.json({ entry: staffEntryJson(row, findEntityType(d, row.entityType), localeOf(req, d)) });
  });

  router.post('/staff/entries/:entryId/transitions/:transition', async (req: Request, res: Response, _next: NextFunction) => {
    const d = served(req);
    const id = z.uuid().safeParse(req.params.entryId);
    const row = id.success ? await findEntry(ctx.db, moduleId, id.data) : null;
    if (!row) {
      await anyPermission(req, res, d);
      throw notFound('This entry');
    }
    const entity = findEntityType(d, row.entityType);
    const step = entity.workflow.transitions.find((t) => t.key === req.params.transition);
    if (!step) {
      await anyPermission(req, res, d);
      throw notFound(`The step "${req.params.transition}"`);
    }
    await run([ctx.requirePermission(`${moduleId}.${step.permission}`)], req, res);
    const { comment } = parseInput(
      z
        .object({
          comment: z
            .string()
            .trim()
            .max(2000, 'must be at most 2000 characters')
            .optional()
            .transform((c) => c || undefined),
        })
        .strict()
        .superRefine((b, c) => {
          if (step.comment === 'required' && !b.comment) c.addIssue({ code: 'custom', path: ['comment'], message: 'is required for this step' });
          if (step.comment === 'none' && b.comment) c.addIssue({ code: 'custom', path: ['comment'], message: 'this step takes no comment' });
        }),
      req.body ?? {},
    );
    if (!step.from.includes(row.state)) {
      throw new HttpError(409, 'wrong_state', `This entry is ${row.state}; "${step.key}" moves entries that are ${step.from.join(' or ')}.`);
    }
    const target = entity.workflow.states.find((s) => s.key === step.to)!;
    const transition = await ctx.db.$transaction(async (tx) => {
      if (!(await moveEntry(tx as never, row.id, row.state, target.key, dueAtFor(target.dueInDays)))) {
        throw new HttpError(409, 'wrong_state', 'Someone moved this entry on meanwhile. Reload it.');
      }
      const t = await insertTransition(tx as never, { entryId: row.id, transition: step.key, fromState: row.state, toState: target.key, comment: comment ?? null, staffId: req.staff!.id });
      await ctx.audit(req, { action: 'builder.entry_moved', targetType: `${moduleId}.${entity.key}`, targetId: row.id, before: { state: row.state }, after: { state: target.key } }, tx as never);
      return t;
    });
    await sendStateEmail(ctx.db, deps.mail, { tenant: cityOf(req), definition: d, entity, entry: row, state: target.key, comment: comment ?? null, key: `builder.${row.id}.${transition.id}` });
    const updated = await findEntry(ctx.db, moduleId, row.id);
    res.json({ entry: staffEntryJson(updated!, entity, localeOf(req, d)) });
  });

  return router;
}
