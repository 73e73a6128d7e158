import { AA_TEXT_RATIO } from '@civitas/branding';
import { useTranslation } from 'react-i18next';
import type { ColourKey } from './branding-draft.ts';
import type { ContrastResult } from './check-contrast.ts';

export function ContrastChecks({ results, colors }: { results: ContrastResult[]; colors: Record<ColourKey, string> }) {
  const { t } = useTranslation();
  return (
    <section className="contrast-checks" aria-labelledby="contrast-heading">
      <h2 id="contrast-heading">{t('admin.branding.contrastHeading')}</h2>
      <p className="field__hint">{t('admin.branding.contrastIntro', { ratio: AA_TEXT_RATIO })}</p>
      <ul className="contrast-list">
        {results.map((r) => {
          const key = `${r.foreground}/${r.background}`;
          const verdict = r.ratio === null ? 'notChecked' : r.passes ? 'pass' : 'fail';
          return (
            <li className={`contrast-list__item contrast-list__item--${verdict}`} key={key} data-pair={key}>
              <span
                className="contrast-list__sample"
                aria-hidden="true"
                style={r.ratio === null ? undefined : { color: colors[r.foreground], backgroundColor: colors[r.background] }}
              >
                Aa
              </span>
              <span className="contrast-list__name">{t(`admin.branding.pair.${key}`, { defaultValue: key })}</span>
              <span className="contrast-list__ratio">{r.ratio === null ? '–' : t('admin.branding.ratio', { ratio: r.ratio.toFixed(2) })}</span>
              <span className={`tag ${verdict === 'pass' ? 'tag--success' : verdict === 'fail' ? 'tag--error' : 'tag--neutral'}`}>
                {t(`admin.branding.${verdict}`)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
