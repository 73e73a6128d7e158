import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import { type Request, Router } from 'express';
import { z } from 'zod';
import { noticeInput } from './notice-input.ts';
import type { AdminNoticesJson, BannerJson, NoticeJson, NoticesJson } from './notices-api-types.ts';
import {
  createNotice,
  deleteNotice,
  endNotice,
  findNotice,
  listActiveNotices,
  listAllNotices,
  listEndedNotices,
  type NoticesClient,
  updateNotice,
} from './notices-repository.ts';
import type { NoticesSettings } from './notices-settings.ts';
import { scheduleArchive } from './schedule-archive.ts';
import { toNoticeJson } from './to-notice-json.ts';

/** How long an ended notice stays on the residents' page under "recent". */
export const RECENT_DAYS = 30;
const noticeId = z.uuid();

/**
 * The notices API, mounted at /api/m/notices/. Residents read without signing in (a notice is
 * public by nature); publishing needs `notices.publish` and is audited.
 */
export function createNoticesRouter(ctx: ModuleContext) {
  const router = Router();
  const publish = ctx.requirePermission('notices.publish');
  const timeZoneOf = (req: Request) => cityOf(req).timeZone;

  // A malformed id names no notice: 404, not a database error.
  const load = async (db: NoticesClient, param: unknown) => {
    const id = noticeId.safeParse(param);
    const row = id.success ? await findNotice(db, id.data) : null;
    if (!row) throw notFound('This notice');
    return row;
  };

  router.get('/banner', async (req, res) => {
    const settings = ctx.settings<NoticesSettings>(req);
    const now = new Date();
    const rows = await listActiveNotices(ctx.db, now, settings.maxBannerNotices);
    const body: BannerJson = {
      notices: rows.map((r) => toNoticeJson(r, now)),
      showOnEveryPage: settings.showOnEveryPage,
      timeZone: timeZoneOf(req),
    };
    res.json(body);
  });

  router.get('/notices', async (req, res) => {
    const now = new Date();
    const since = new Date(now.getTime() - RECENT_DAYS * 24 * 3600 * 1000);
    const [current, recent] = await Promise.all([listActiveNotices(ctx.db, now), listEndedNotices(ctx.db, now, since)]);
    const body: NoticesJson = {
      current: current.map((r) => toNoticeJson(r, now)),
      recent: recent.map((r) => toNoticeJson(r, now)),
      timeZone: timeZoneOf(req),
    };
    res.json(body);
  });

  router.get('/admin/notices', publish, async (req, res) => {
    const now = new Date();
    const body: AdminNoticesJson = { notices: (await listAllNotices(ctx.db)).map((r) => toNoticeJson(r, now)), timeZone: timeZoneOf(req) };
    res.json(body);
  });

  // Each change commits together with its audit entry; the archiving is scheduled once it has.
  router.post('/notices', publish, async (req, res) => {
    const now = new Date();
    const input = parseInput(noticeInput(timeZoneOf(req), now), req.body);
    const row = await ctx.db.$transaction(async (tx) => {
      const created = await createNotice(tx, input);
      const after = audited(toNoticeJson(created, now));
      await ctx.audit(req, { action: 'notices.notice_published', targetType: 'notices_notice', targetId: created.id, after }, tx);
      return created;
    });
    await scheduleArchive(ctx, row, now);
    res.status(201).json({ notice: toNoticeJson(row, now) });
  });

  router.put('/notices/:id', publish, async (req, res) => {
    const now = new Date();
    const { existing, row } = await ctx.db.$transaction(async (tx) => {
      const existing = await load(tx, req.params.id);
      const input = parseInput(noticeInput(timeZoneOf(req), existing.startsAt), req.body);
      const row = await updateNotice(tx, existing.id, input, now);
      if (!row) throw notFound('This notice');
      await ctx.audit(
        req,
        {
          action: 'notices.notice_updated',
          targetType: 'notices_notice',
          targetId: row.id,
          before: audited(toNoticeJson(existing, now)),
          after: audited(toNoticeJson(row, now)),
        },
        tx,
      );
      return { existing, row };
    });
    if (row.endsAt?.getTime() !== existing.endsAt?.getTime()) await scheduleArchive(ctx, row, now);
    res.json({ notice: toNoticeJson(row, now) });
  });

  router.post('/notices/:id/end', publish, async (req, res) => {
    const now = new Date();
    const row = await ctx.db.$transaction(async (tx) => {
      const existing = await load(tx, req.params.id);
      const row = await endNotice(tx, existing.id, now);
      if (!row) throw new HttpError(409, 'not_active', 'Only an active notice can be ended; delete a scheduled one instead.');
      await ctx.audit(
        req,
        {
          action: 'notices.notice_ended',
          targetType: 'notices_notice',
          targetId: row.id,
          before: audited(toNoticeJson(existing, now)),
          after: audited(toNoticeJson(row, now)),
        },
        tx,
      );
      return row;
    });
    await scheduleArchive(ctx, row, now);
    res.json({ notice: toNoticeJson(row, now) });
  });

  router.delete('/notices/:id', publish, async (req, res) => {
    const now = new Date();
    await ctx.db.$transaction(async (tx) => {
      const before = audited(toNoticeJson(await load(tx, req.params.id), now));
      if (!(await deleteNotice(tx, before.id))) throw notFound('This notice');
      await ctx.audit(req, { action: 'notices.notice_deleted', targetType: 'notices_notice', targetId: before.id, before }, tx);
    });
    res.status(204).end();
  });

  return router;
}

// The audit log records what staff changed, not a status that depends on when it was read.
const audited = ({ status: _status, ...notice }: NoticeJson) => notice;
