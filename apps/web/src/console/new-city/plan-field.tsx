import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entitlement } from '../../shared/api/module-types.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { describedBy, FieldError } from '../forms/field-error.tsx';

interface PlanFieldProps {
  idPrefix: string;
  modules: Entitlement[];
  /** City names by slug: the API names a module's author by slug. */
  cityNames: ReadonlyMap<string, string>;
  value: string[];
  error?: string;
  onChange: (modules: string[]) => void;
  /** Said politely when the plan changes by itself (copying a city). */
  status: ReactNode;
}

export const moduleCheckboxId = (idPrefix: string, id: string) => `${idPrefix}-module-${id}`;

/** The modules the city may use, each with the city that built it. */
export function PlanField({ idPrefix, modules, cityNames, value, error, onChange, status }: PlanFieldProps) {
  const { t, i18n } = useTranslation();
  const chosen = new Set(value);
  const toggle = (id: string, on: boolean) => onChange(modules.map((m) => m.id).filter((m) => (m === id ? on : chosen.has(m))));
  return (
    <fieldset
      className={error ? 'field field--error' : 'field'}
      aria-describedby={describedBy(`${idPrefix}-plan-hint`, error && `${idPrefix}-plan-error`)}
    >
      <legend className="fieldset__legend">{t('console.newCity.plan')}</legend>
      <p className="field__hint" id={`${idPrefix}-plan-hint`}>
        {t('console.newCity.planHint')}
      </p>
      <FieldError id={`${idPrefix}-plan-error`} message={error} />
      <div className="plan-status" role="status">
        {status}
      </div>
      {modules.length === 0 ? (
        <p className="empty-state">{t('console.newCity.noModules')}</p>
      ) : (
        <ul className="checkbox-list">
          {modules.map((m) => {
            const id = moduleCheckboxId(idPrefix, m.id);
            return (
              <li className="checkbox-row" key={m.id}>
                <input
                  className="checkbox"
                  type="checkbox"
                  id={id}
                  aria-describedby={`${id}-author`}
                  checked={chosen.has(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <div>
                  <label htmlFor={id}>{localize(m.name, i18n.language)}</label>
                  <span className="table__sub" id={`${id}-author`}>
                    {t('console.newCity.builtBy', { city: m.author.name || cityNames.get(m.author.slug) || m.author.slug })}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
