// The JSON the news API answers with, shared by the router and the web pages.

/** Residents' view of a post or page in one locale. `fallback`: this is the default locale's text. */
export interface ReaderEntryJson {
  slug: string;
  title: string;
  summary: string;
  locale: string;
  fallback: boolean;
  author: string;
  publishedAt: string | null;
}

export interface ReaderEntryDetailJson extends ReaderEntryJson {
  bodyHtml: string;
}

export interface PostListJson {
  posts: ReaderEntryJson[];
  page: number;
  pages: number;
  total: number;
  feedUrl: string;
}

export interface NavigationJson {
  pages: { slug: string; title: string; locale: string; fallback: boolean }[];
}

export interface StaffEntryJson {
  id: string;
  kind: 'post' | 'page';
  slug: string;
  status: 'draft' | 'scheduled' | 'published';
  publishAt: string | null;
  publishedAt: string | null;
  navOrder: number | null;
  authorName: string;
  updatedAt: string;
  translations: Record<string, { title: string; summary: string; body: string }>;
}

export interface StaffEntriesJson {
  entries: StaffEntryJson[];
  locales: string[];
  defaultLocale: string;
  timeZone: string;
}
