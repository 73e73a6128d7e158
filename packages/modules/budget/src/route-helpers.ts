import { notFound } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { BudgetClient } from './budget-client.ts';
import { findCampaign } from './campaigns-repository.ts';
import { listMergedFrom, listTitles, type ProjectRow } from './projects-repository.ts';
import { followedAmong } from './follows-repository.ts';
import { toProjectJson } from './to-json.ts';

const uuid = z.uuid();

/** A campaign by the id in the path; a malformed id, a draft shown to residents or another city's campaign is a 404. */
export async function loadCampaign(db: BudgetClient, param: unknown, options: { drafts: boolean }) {
  const id = uuid.safeParse(param);
  const campaign = id.success ? await findCampaign(db, id.data) : null;
  if (!campaign || (!options.drafts && campaign.phase === 'draft')) throw notFound('This campaign');
  return campaign;
}

/** The id in the path; a malformed one names nothing (404, not a database error). */
export const idParam = (param: unknown, what: string) => {
  const id = uuid.safeParse(param);
  if (!id.success) throw notFound(what);
  return id.data;
};

export const projectId = (param: unknown) => idParam(param, 'This project');

/** Sets `req.resident` when a resident of this city is signed in, and goes on either way. */
export function optionalResident(ctx: ModuleContext): RequestHandler {
  const resident = ctx.requireResident();
  return async (req, res, next) => {
    try {
      await resident(req, res, () => {});
    } catch {
      req.resident = undefined;
    }
    next();
  };
}

/** Projects as JSON for one viewer: which they follow, which they proposed, what each was merged from. */
export async function projectsJson(db: BudgetClient, rows: ProjectRow[], residentId: string | null) {
  const ids = rows.map((r) => r.id);
  const targets = [...new Set(rows.flatMap((r) => (r.mergedIntoId ? [r.mergedIntoId] : [])))];
  const [following, merged, titles] = await Promise.all([
    residentId ? followedAmong(db, residentId, ids) : new Set<string>(),
    listMergedFrom(db, ids),
    listTitles(db, targets),
  ]);
  const mergedFrom = new Map<string, { id: string; title: string }[]>();
  for (const m of merged) mergedFrom.set(m.mergedIntoId!, [...(mergedFrom.get(m.mergedIntoId!) ?? []), { id: m.id, title: m.title }]);
  return rows.map((r) => toProjectJson(r, { residentId, following, mergedFrom, titles }));
}

// Building an Intl formatter costs more than a ballot's insert: one per time zone, kept.
const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** The current year on the city's calendar, for the minimum age. */
export function cityYear(timeZone: string, now: Date) {
  let format = yearFormats.get(timeZone);
  if (!format) yearFormats.set(timeZone, (format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' })));
  return Number(format.format(now));
}
