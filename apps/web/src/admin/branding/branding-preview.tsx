import { FONT_STACKS, type Branding } from '@civitas/branding';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandingDraft } from './branding-draft.ts';
import { isHexColour } from './is-hex-colour.ts';

/**
 * A mini resident header and page in the draft's colours. Purely visual (aria-hidden): the
 * contrast checks beside it say in words what it shows. Colours are CSSOM custom properties.
 */
export function BrandingPreview({ draft, cityName, fallback }: { draft: BrandingDraft; cityName: string; fallback: Branding }) {
  const { t } = useTranslation();
  const colour = (key: keyof Branding['colors']) => (isHexColour(draft.colors[key]) ? draft.colors[key] : fallback.colors[key]);
  const vars = {
    '--preview-primary': colour('primary'),
    '--preview-on-primary': colour('onPrimary'),
    '--preview-bg': colour('background'),
    '--preview-text': colour('text'),
    '--preview-font': FONT_STACKS[draft.fontFamily],
  } as CSSProperties;
  const logo = draft.logoUrl.trim();

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('admin.branding.previewHeading')}</h2>
      <p className="field__hint">{t('admin.branding.previewIntro')}</p>
      <div className="preview__frame" style={vars} aria-hidden="true" data-testid="branding-preview">
        <div className="preview__header">
          {logo && (logo.startsWith('/') || logo.startsWith('https://')) ? (
            <img className="preview__logo" src={logo} alt="" />
          ) : (
            <span className="preview__wordmark">{cityName}</span>
          )}
          <span className="preview__nav">{t('admin.branding.previewHome')}</span>
        </div>
        <div className="preview__body">
          <span className="preview__title">{t('admin.branding.previewWelcome')}</span>
          <span className="preview__text">
            {t('admin.branding.previewText')} <span className="preview__link">{t('admin.branding.previewLink')}</span>.
          </span>
          <span className="preview__button">{t('admin.branding.previewButton')}</span>
        </div>
      </div>
    </section>
  );
}
