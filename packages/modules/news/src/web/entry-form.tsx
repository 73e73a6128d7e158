import type { ModuleApi } from '@civitas/module-sdk/web';
import { TextField } from '@civitas/module-sdk/web-kit';
import { type FormEvent, useState } from 'react';
import type { ReaderEntryDetailJson, StaffEntryJson } from '../news-api-types.ts';
import { EntryView } from './entry-view.tsx';
import { languageName, type Messages } from './messages.ts';
import { readApiError } from './read-api-error.ts';
import { uploadImage } from './upload-image.ts';

type Texts = Record<string, { title: string; summary: string; body: string }>;
export interface Draft {
  kind: 'post' | 'page';
  slug: string;
  navOrder: string;
  translations: Texts;
}

export const draftOf = (e: StaffEntryJson): Draft => ({ kind: e.kind, slug: e.slug, navOrder: e.navOrder === null ? '' : String(e.navOrder), translations: e.translations });
export const newDraft = (kind: 'post' | 'page'): Draft => ({ kind, slug: '', navOrder: '', translations: {} });

interface Props {
  api: ModuleApi;
  t: Messages;
  locale: string;
  locales: string[];
  defaultLocale: string;
  heading: string;
  initial: Draft;
  entry?: StaffEntryJson;
  canPublish: boolean;
  /** What the last action said, kept by the caller across the reload that follows it. */
  initialMessage?: string;
  onSaved: (entry: StaffEntryJson, message: string) => void;
  onCancel: () => void;
}

/** One post or page: its address, then its text in each of the city's languages; save, preview, publish. */
export function EntryForm({ api, t, locale, locales, defaultLocale, heading, initial, entry, canPublish, initialMessage = '', onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState(initialMessage);
  const [entryId, setEntryId] = useState(entry?.id);
  const [publishAt, setPublishAt] = useState('');
  const [preview, setPreview] = useState<ReaderEntryDetailJson | null>(null);
  const text = (l: string) => draft.translations[l] ?? { title: '', summary: '', body: '' };
  const setText = (l: string, key: 'title' | 'summary' | 'body', value: string) =>
    setDraft((d) => ({ ...d, translations: { ...d.translations, [l]: { ...text(l), ...d.translations[l], [key]: value } } }));
  const body = () => ({
    kind: draft.kind,
    slug: draft.slug,
    navOrder: draft.kind === 'page' && draft.navOrder.trim() !== '' ? Number(draft.navOrder) : null,
    // A language left empty is not written yet: readers get the default language instead.
    translations: Object.fromEntries(Object.entries(draft.translations).filter(([l, v]) => l === defaultLocale || v.title.trim() || v.body.trim())),
  });

  // `notify`: tell the caller (which reloads the list); a save before a preview or a publication stays quiet.
  const run = async (action: () => Promise<{ entry: StaffEntryJson }>, done: string, notify = true) => {
    setErrors({});
    try {
      const saved = (await action()).entry;
      setEntryId(saved.id);
      setMessage(done);
      if (notify) onSaved(saved, done);
      return saved;
    } catch (error) {
      const problem = readApiError(error);
      setErrors(problem.fields);
      setMessage(Object.keys(problem.fields).length ? t.fixErrors : problem.message);
      return null;
    }
  };
  const save = (notify = true) => run(() => (entryId ? api.put(`admin/entries/${entryId}`, body()) : api.post('admin/entries', body())), t.saved, notify);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const publish = async (at: string) => {
    const saved = await save(false);
    if (saved) await run(() => api.post(`admin/entries/${saved.id}/publish`, { publishAt: at }), at ? t.scheduledFor(at.replace('T', ' ')) : t.status.published);
  };
  const showPreview = async (l: string) => {
    const saved = await save(false);
    if (saved) setPreview((await api.get<{ preview: ReaderEntryDetailJson }>(`admin/entries/${saved.id}/preview?locale=${l}`)).preview);
  };
  const addImage = async (l: string, file: File | undefined) => {
    if (!file) return;
    try {
      const { url } = await uploadImage(file);
      setText(l, 'body', `${text(l).body}\n<p><img src="${url}" alt=""></p>`);
      setMessage(t.imageAdded);
    } catch (error) {
      setErrors((e) => ({ ...e, [`image.${l}`]: readApiError(error).message }));
    }
  };
  const field = (id: string, path: string) => ({ id: `civ-news-${id}`, error: errors[path], errorPrefix: t.errorPrefix, classPrefix: 'civ-news' });

  return (
    <form className="civ-news-form" onSubmit={submit} noValidate>
      <h1>{heading}</h1>
      <div role="status" className="civ-news-flash">
        {message && <p>{message}</p>}
      </div>
      <TextField {...field('slug', 'slug')} label={t.slugLabel} hint={t.slugHint} value={draft.slug} onChange={(v) => setDraft({ ...draft, slug: v })} autoComplete="off" />
      {draft.kind === 'page' && (
        <TextField {...field('nav', 'navOrder')} label={t.navOrderLabel} inputMode="numeric" value={draft.navOrder} onChange={(v) => setDraft({ ...draft, navOrder: v })} />
      )}
      {locales.map((l) => (
        <fieldset key={l} className="civ-news-language" lang={l}>
          <legend>{t.languageTab(languageName(l, l), l === defaultLocale)}</legend>
          <TextField {...field(`title-${l}`, `translations.${l}.title`)} label={t.titleLabel} value={text(l).title} onChange={(v) => setText(l, 'title', v)} maxLength={200} />
          <TextField {...field(`summary-${l}`, `translations.${l}.summary`)} label={t.summaryLabel} value={text(l).summary} onChange={(v) => setText(l, 'summary', v)} maxLength={500} />
          <TextField {...field(`body-${l}`, `translations.${l}.body`)} label={t.bodyLabel} hint={t.bodyHint} value={text(l).body} onChange={(v) => setText(l, 'body', v)} multiline />
          <div className="civ-news-field">
            <label htmlFor={`civ-news-image-${l}`}>{t.imageLabel}</label>
            {errors[`image.${l}`] && <p className="civ-news-field-error">{errors[`image.${l}`]}</p>}
            <input id={`civ-news-image-${l}`} type="file" accept="image/jpeg,image/png,image/webp,image/gif" onChange={(e) => void addImage(l, e.target.files?.[0])} />
          </div>
          <button type="button" className="civ-news-button civ-news-button--secondary" onClick={() => void showPreview(l)}>
            {t.previewOf(languageName(l, locale))}
          </button>
        </fieldset>
      ))}
      <p className="civ-news-actions">
        <button type="submit" className="civ-news-button">
          {t.save}
        </button>
        {canPublish && (
          <button type="button" className="civ-news-button" onClick={() => void publish('')}>
            {t.publishNow}
          </button>
        )}
        <button type="button" className="civ-news-button civ-news-button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </p>
      {canPublish && (
        <div className="civ-news-schedule">
          <label htmlFor="civ-news-publish-at">{t.publishAtLabel}</label>
          {errors.publishAt && <p className="civ-news-field-error">{errors.publishAt}</p>}
          <input id="civ-news-publish-at" type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
          <button type="button" className="civ-news-button" onClick={() => void publish(publishAt)} disabled={!publishAt}>
            {t.schedule}
          </button>
        </div>
      )}
      {preview && (
        <section className="civ-news-preview" aria-label={t.preview}>
          <EntryView entry={preview} t={t} locale={locale} headingLevel={2} />
        </section>
      )}
    </form>
  );
}
