import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { NavigationJson, PostListJson, ReaderEntryDetailJson } from '../news-api-types.ts';
import { EntryView } from './entry-view.tsx';
import { messagesFor, type Messages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { BASE } from './paths.ts';
import { PostList } from './post-list.tsx';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

const POST = /^posts\/([a-z0-9-]+)\/?$/;
const PAGE = /^pages\/([a-z0-9-]+)\/?$/;
const LIST = /^(?:page\/(\d+)\/?)?$/;

/** Residents' pages at /m/news/: the news page by page (`page/<n>`), a post (`posts/<slug>`), a page (`pages/<slug>`). */
export function NewsPage(props: ModuleWebProps) {
  const t = messagesFor(props.locale);
  const path = props.subPath.replace(/^\/+/, '');
  const post = POST.exec(path)?.[1];
  const page = PAGE.exec(path)?.[1];
  const list = LIST.exec(path);
  return (
    <div className="civ-news">
      {post ? (
        <Entry {...props} t={t} path={`posts/${post}`} field="post" />
      ) : page ? (
        <Entry {...props} t={t} path={`pages/${page}`} field="page" />
      ) : list ? (
        <NewsList {...props} t={t} page={Number(list[1] ?? 1)} />
      ) : (
        <h1>{t.notFound}</h1>
      )}
      <PagesNavigation {...props} t={t} />
    </div>
  );
}

function NewsList({ api, locale, navigate, t, page }: ModuleWebProps & { t: Messages; page: number }) {
  const [res] = useResource(() => api.get<PostListJson>(`posts?page=${page}&locale=${locale}`), `${page}:${locale}`);
  return (
    <>
      <h1>{t.news}</h1>
      {res.state === 'loading' && <p role="status">{t.loading}</p>}
      {res.state === 'failed' && <p className="civ-news-error">{t.loadFailed}</p>}
      {res.state === 'ready' && (
        <>
          {res.data.posts.length === 0 ? <p>{t.noNews}</p> : <PostList posts={res.data.posts} t={t} locale={locale} navigate={navigate} headingLevel={2} />}
          {res.data.pages > 1 && (
            <nav className="civ-news-pagination" aria-label={t.pagination}>
              {page > 1 && (
                <ModuleLink base={BASE} to={page === 2 ? '' : `page/${page - 1}`} navigate={navigate}>
                  {t.previous}
                </ModuleLink>
              )}
              <span>{t.pageOf(page, res.data.pages)}</span>
              {page < res.data.pages && (
                <ModuleLink base={BASE} to={`page/${page + 1}`} navigate={navigate}>
                  {t.next}
                </ModuleLink>
              )}
            </nav>
          )}
          <p>
            <a className="civ-news-feed" href={res.data.feedUrl} type="application/atom+xml">
              {t.feed}
            </a>
          </p>
        </>
      )}
    </>
  );
}

function Entry({ api, locale, navigate, t, path, field }: ModuleWebProps & { t: Messages; path: string; field: 'post' | 'page' }) {
  const [res] = useResource(() => api.get<Record<string, ReaderEntryDetailJson>>(`${path}?locale=${locale}`).then((r) => r[field]!), `${path}:${locale}`);
  if (res.state === 'loading') return <p role="status">{t.loading}</p>;
  if (res.state === 'failed') return <h1>{readApiError(res.error).status === 404 ? t.notFound : t.loadFailed}</h1>;
  return (
    <>
      <EntryView entry={res.data} t={t} locale={locale} />
      {field === 'post' && (
        <p>
          <ModuleLink base={BASE} to="" navigate={navigate}>
            {t.backToNews}
          </ModuleLink>
        </p>
      )}
    </>
  );
}

function PagesNavigation({ api, locale, navigate, t }: ModuleWebProps & { t: Messages }) {
  const [res] = useResource(() => api.get<NavigationJson>(`pages?locale=${locale}`), locale);
  if (res.state !== 'ready' || res.data.pages.length === 0) return null;
  return (
    <nav className="civ-news-pages" aria-label={t.pagesNav}>
      <h2>{t.pagesNav}</h2>
      <ul>
        {res.data.pages.map((p) => (
          <li key={p.slug} lang={p.fallback ? p.locale : undefined}>
            <ModuleLink base={BASE} to={`pages/${p.slug}`} navigate={navigate}>
              {p.title}
            </ModuleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
