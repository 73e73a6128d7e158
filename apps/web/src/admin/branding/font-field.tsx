import { FONT_FAMILIES, FONT_STACKS, type Branding } from '@civitas/branding';
import { useTranslation } from 'react-i18next';

type FontFamily = Branding['fontFamily'];

export function FontField({ value, disabled, error, onChange }: { value: FontFamily; disabled: boolean; error?: string; onChange: (f: FontFamily) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className={error ? 'field font-field field--error' : 'field font-field'} aria-describedby={error ? 'font-error' : undefined}>
      <legend className="fieldset__legend">{t('admin.branding.fontLegend')}</legend>
      {error && (
        <p className="field__error" id="font-error">
          {error}
        </p>
      )}
      <div className="font-field__options">
        {FONT_FAMILIES.map((family) => (
          <label className="choice" key={family}>
            <input
              id={`font-${family}`}
              className="choice__input"
              type="radio"
              name="fontFamily"
              value={family}
              checked={value === family}
              disabled={disabled}
              onChange={() => onChange(family)}
            />
            {/* A CSSOM style property, allowed under style-src 'self'. */}
            <span className="choice__label" style={{ fontFamily: FONT_STACKS[family] }}>
              {t(`admin.branding.fonts.${family}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
