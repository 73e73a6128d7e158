import { AA_TEXT_RATIO, type Branding } from '@civitas/branding';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary, type SummaryError } from '../../shared/forms/error-summary.tsx';
import { TextField } from '../../shared/forms/text-field.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { BrandingPreview } from './branding-preview.tsx';
import { brandingFrom, COLOUR_KEYS, draftFrom, type BrandingDraft, type ColourKey } from './branding-draft.ts';
import { checkContrast } from './check-contrast.ts';
import { ColourField } from './colour-field.tsx';
import { ContrastChecks } from './contrast-checks.tsx';
import { draftFieldErrors } from './draft-field-errors.ts';
import { FontField } from './font-field.tsx';

interface BrandingFormProps {
  initial: Branding;
  cityName: string;
  readOnly: boolean;
}

/** Edits the city's branding with a live preview; refuses to save a palette below WCAG AA. */
export function BrandingForm({ initial, cityName, readOnly }: BrandingFormProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Branding>(initial);
  const [draft, setDraft] = useState<BrandingDraft>(() => draftFrom(initial));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const formatErrors = useMemo(() => draftFieldErrors(draft, t), [draft, t]);
  const contrast = useMemo(() => checkContrast(draft.colors), [draft.colors]);
  const failing = contrast.filter((r) => r.ratio !== null && !r.passes);
  const hasFormatErrors = Object.keys(formatErrors).length > 0;
  const blocked = hasFormatErrors || failing.length > 0;
  const errorFor = (key: string) => formatErrors[key] ?? serverErrors[key];

  function edit(change: (d: BrandingDraft) => BrandingDraft, clears: (key: string) => boolean) {
    setDraft(change);
    setStatus(null);
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => !clears(key))));
  }
  // Contrast errors from the server name one colour but depend on two: any colour edit clears them all.
  const setColour = (key: ColourKey) => (value: string) =>
    edit((d) => ({ ...d, colors: { ...d.colors, [key]: value } }), (k) => k.startsWith('colors'));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (blocked || saving || readOnly) return;
    setSaving(true);
    setFormError(null);
    setStatus(null);
    try {
      const { branding } = await apiClient.put<{ branding: Branding }>('/api/admin/branding', brandingFrom(draft));
      setSaved(branding);
      setDraft(draftFrom(branding));
      setServerErrors({});
      setStatus(t('admin.branding.saved'));
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setServerErrors(error.fields);
      } else {
        setFormError(describeApiError(error, t));
      }
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const fieldIdFor = (key: string) =>
    key.startsWith('colors.') ? `colour-${key.slice('colors.'.length)}` : key === 'logoUrl' ? 'logo-url' : key === 'fontFamily' ? `font-${draft.fontFamily}` : undefined;
  const labelFor = (key: string) =>
    key.startsWith('colors.') ? t(`admin.branding.colour.${key.slice('colors.'.length)}`) : key === 'logoUrl' ? t('admin.branding.logoUrl') : key === 'fontFamily' ? t('admin.branding.fontLegend') : key;
  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...Object.entries(serverErrors).map(([key, message]) => ({ fieldId: fieldIdFor(key), message: `${labelFor(key)}: ${message}` })),
  ];
  const failingNames = failing.map((r) => t(`admin.branding.pair.${r.foreground}/${r.background}`)).join('; ');

  return (
    <div className="branding-layout">
      <form className="form branding-form" noValidate onSubmit={save} aria-labelledby="branding-heading">
        <ErrorSummary errors={summary} focusKey={attempt} />
        <fieldset className="field colour-fieldset" disabled={readOnly}>
          <legend className="fieldset__legend">{t('admin.branding.coloursLegend')}</legend>
          <div className="colour-grid">
            {COLOUR_KEYS.map((key) => (
              <ColourField
                key={key}
                name={key}
                value={draft.colors[key]}
                error={errorFor(`colors.${key}`)}
                disabled={readOnly}
                onChange={setColour(key)}
              />
            ))}
          </div>
        </fieldset>
        <TextField
          id="logo-url"
          name="logoUrl"
          label={t('admin.branding.logoUrl')}
          hint={t('admin.branding.logoUrlHint')}
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={draft.logoUrl}
          error={errorFor('logoUrl')}
          disabled={readOnly}
          onChange={(value) => edit((d) => ({ ...d, logoUrl: value }), (k) => k === 'logoUrl')}
        />
        <FontField
          value={draft.fontFamily}
          error={errorFor('fontFamily')}
          disabled={readOnly}
          onChange={(fontFamily) => edit((d) => ({ ...d, fontFamily }), (k) => k === 'fontFamily')}
        />
        {!readOnly && (
          <div className="save-bar">
            <button
              className="button"
              type="submit"
              disabled={blocked}
              aria-disabled={saving || undefined}
              aria-describedby={blocked ? 'save-help' : undefined}
            >
              {saving ? t('admin.branding.saving') : t('admin.branding.save')}
            </button>
            {blocked && (
              <p className="save-bar__help" id="save-help">
                {failing.length > 0 ? t('admin.branding.blockedByContrast', { pairs: failingNames, ratio: AA_TEXT_RATIO }) : t('admin.branding.blockedByFields')}
              </p>
            )}
          </div>
        )}
        <StatusMessage>{status}</StatusMessage>
      </form>
      <aside className="branding-aside" aria-label={t('admin.branding.previewHeading')}>
        <BrandingPreview draft={draft} cityName={cityName} fallback={saved} />
        <ContrastChecks results={contrast} colors={draft.colors} />
      </aside>
    </div>
  );
}
