import { sendStoredFile } from '@civitas/files';
import { notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import type { Request, Router } from 'express';
import { renderAtomFeed } from './atom-feed.ts';
import { kickSweep } from './kick-sweep.ts';
import type { NavigationJson, PostListJson } from './news-api-types.ts';
import { pageQuery } from './news-input.ts';
import { findPublished, listNavigationPages, listPublishedPosts } from './news-repository.ts';
import type { NewsSettings } from './news-settings.ts';
import { readerLocale } from './pick-translation.ts';
import { plainText } from './sanitize-body.ts';
import { toReaderJson, toSummaryJson } from './to-json.ts';

const FEED_TITLE: Record<string, string> = { en: 'News', fr: 'Actualités', hu: 'Hírek', es: 'Noticias' };

/** What residents read, without signing in: published posts and pages, the feed, the pictures. */
export function residentRoutes(router: Router, ctx: ModuleContext) {
  const localeOf = (req: Request) => readerLocale(req.query.locale, cityOf(req));
  // Links in the feed: the host the request came on is one of the city's, checked by the host middleware.
  const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;
  const feedPath = (locale: string) => `/api/m/news/feed/${locale}.atom`;

  router.use((_req, _res, next) => {
    kickSweep(ctx);
    next();
  });

  router.get('/posts', async (req, res) => {
    const city = cityOf(req);
    const { page } = parseInput(pageQuery, req.query, 'query');
    const { postsPerPage } = ctx.settings<NewsSettings>(req);
    const locale = localeOf(req);
    const { rows, total } = await listPublishedPosts(ctx.db, (page - 1) * postsPerPage, postsPerPage);
    const body: PostListJson = {
      posts: rows.flatMap((r) => toReaderJson(r, locale, city.defaultLocale) ?? []).map(toSummaryJson),
      page,
      pages: Math.max(1, Math.ceil(total / postsPerPage)),
      total,
      feedUrl: feedPath(locale),
    };
    res.json(body);
  });

  router.get('/latest', async (req, res) => {
    const { homeLatest } = ctx.settings<NewsSettings>(req);
    const { rows } = homeLatest > 0 ? await listPublishedPosts(ctx.db, 0, homeLatest) : { rows: [] };
    res.json({ posts: rows.flatMap((r) => toReaderJson(r, localeOf(req), cityOf(req).defaultLocale) ?? []).map(toSummaryJson) });
  });

  router.get('/posts/:slug', async (req, res) => {
    const row = await findPublished(ctx.db, 'post', String(req.params.slug));
    const json = row && toReaderJson(row, localeOf(req), cityOf(req).defaultLocale);
    if (!json) throw notFound('This news post');
    res.json({ post: json });
  });

  router.get('/pages', async (req, res) => {
    const city = cityOf(req);
    const rows = await listNavigationPages(ctx.db);
    const body: NavigationJson = {
      pages: rows.flatMap((r) => toReaderJson(r, localeOf(req), city.defaultLocale) ?? []).map((p) => ({ slug: p.slug, title: p.title, locale: p.locale, fallback: p.fallback })),
    };
    res.json(body);
  });

  router.get('/pages/:slug', async (req, res) => {
    const row = await findPublished(ctx.db, 'page', String(req.params.slug));
    const json = row && toReaderJson(row, localeOf(req), cityOf(req).defaultLocale);
    if (!json) throw notFound('This page');
    res.json({ page: json });
  });

  router.get('/feed/:locale.atom', async (req, res) => {
    const city = cityOf(req);
    const locale = String(req.params.locale);
    if (!city.locales.includes(locale)) throw notFound('This feed');
    const { feedEntries } = ctx.settings<NewsSettings>(req);
    const { rows } = await listPublishedPosts(ctx.db, 0, feedEntries);
    const base = origin(req);
    const entries = rows.flatMap((r) => {
      const json = toReaderJson(r, locale, city.defaultLocale);
      if (!json) return [];
      return [
        {
          id: `urn:uuid:${r.id}`,
          title: json.title,
          url: `${base}/m/news/posts/${r.slug}?lang=${locale}`,
          author: json.author,
          published: r.publishedAt!,
          updated: r.updatedAt > r.publishedAt! ? r.updatedAt : r.publishedAt!,
          summary: json.summary || plainText(json.bodyHtml).slice(0, 280),
          html: json.bodyHtml,
        },
      ];
    });
    const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
    res.type('application/atom+xml; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(
      renderAtomFeed({
        id: `${base}${feedPath(locale)}`,
        title: `${city.name} — ${FEED_TITLE[locale] ?? FEED_TITLE.en}`,
        locale,
        selfUrl: `${base}${feedPath(locale)}`,
        htmlUrl: `${base}/m/news/?lang=${locale}`,
        author: city.name,
        updated: entries.length ? updated : new Date(0),
        entries,
      }),
    );
  });

  router.get('/files/:id', async (req, res) => {
    const file = await ctx.files.read(String(req.params.id));
    if (!file) throw notFound('This picture');
    sendStoredFile(res, file);
  });
}
