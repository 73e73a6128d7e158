import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import type { Entitlement } from '../../shared/api/module-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import type { ProvisioningRun } from '../console-types.ts';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { LanguageFields, localeCheckboxId } from './language-fields.tsx';
import { moduleCheckboxId, PlanField } from './plan-field.tsx';
import { SlugField } from './slug-field.tsx';
import { slugify } from './slugify.ts';
import { copyFromId, StartingPointField } from './starting-point-field.tsx';
import { TimeZoneField } from './time-zone-field.tsx';
import { timeZoneIds } from './time-zones.ts';
import { serverFieldProblems, toNewCityRequest, validateNewCity, type NewCityField, type NewCityValues } from './validate-new-city.ts';

const P = 'new-city';
const ORDER: readonly NewCityField[] = ['name', 'slug', 'domains', 'locales', 'defaultLocale', 'timeZone', 'adminEmail', 'copyFrom', 'modules'];

const INITIAL: NewCityValues = {
  name: '',
  slug: '',
  domains: '',
  locales: ['en'],
  defaultLocale: 'en',
  timeZone: 'Europe/Paris',
  adminEmail: '',
  start: 'blank',
  copyFrom: '',
  modules: [],
};

interface NewCityFormProps {
  cities: TenantSummary[];
  /** Every installed module (the plan's choices). */
  modules: Entitlement[];
}

/** Name, address, languages, time zone, first admin, starting point and plan; submitting starts provisioning. */
export function NewCityForm({ cities, modules }: NewCityFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<NewCityValues>(INITIAL);
  // The slug follows the name until the operator types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [planStatus, setPlanStatus] = useState<string | null>(null);
  const [runningId, setRunningId] = useState<string | null>(null);
  const form = useFormErrors<NewCityField>();
  const zones = useMemo(() => timeZoneIds(), []);
  const zoneSet = useMemo(() => new Set(zones), [zones]);
  const cityNames = useMemo(() => new Map(cities.map((c) => [c.slug, c.name])), [cities]);
  // Only the answer for the city chosen last may set the plan.
  const planRequest = useRef(0);

  const fieldId = (f: NewCityField): string => {
    if (f === 'locales') return localeCheckboxId(P, 'fr');
    if (f === 'defaultLocale') return `${P}-default-locale`;
    if (f === 'timeZone') return `${P}-time-zone`;
    if (f === 'adminEmail') return `${P}-admin-email`;
    if (f === 'copyFrom') return copyFromId(P);
    if (f === 'modules') return modules[0] ? moduleCheckboxId(P, modules[0].id) : `${P}-submit`;
    return `${P}-${f}`;
  };
  const set = <K extends keyof NewCityValues>(key: K, value: NewCityValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  function setName(name: string) {
    setValues((v) => ({ ...v, name, slug: slugEdited ? v.slug : slugify(name) }));
  }

  async function chooseStart(start: 'blank' | 'copy', copyFrom: string) {
    setValues((v) => ({ ...v, start, copyFrom }));
    const source = start === 'copy' ? cities.find((c) => c.slug === copyFrom) : undefined;
    const request = ++planRequest.current;
    if (!source) return;
    try {
      const { modules: theirs } = await apiClient.get<{ modules: Entitlement[] }>(`/api/console/tenants/${encodeURIComponent(source.id)}/entitlements`);
      if (request !== planRequest.current) return;
      const plan = theirs.filter((m) => m.entitled).map((m) => m.id);
      set('modules', plan);
      setPlanStatus(t('console.newCity.planCopied', { count: plan.length, city: source.name }));
    } catch {
      // The plan stays as it was; the operator can tick it by hand.
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setRunningId(null);
    const problems = validateNewCity(values, { cities: cityNames, timeZones: zoneSet });
    if (Object.keys(problems).length > 0) {
      return form.fail(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, t(`console.newCity.errors.${p.key}`, p.values ?? {})])));
    }
    form.clear();
    setBusy(true);
    try {
      const { run } = await apiClient.post<{ run: ProvisioningRun }>('/api/console/cities', toNewCityRequest(values));
      void navigate(`/provisioning/${encodeURIComponent(run.id)}`, { state: { cityName: values.name.trim() } });
    } catch (error) {
      setBusy(false);
      failWith(error);
    }
  }

  function failWith(error: unknown) {
    if (!(error instanceof ApiError)) return form.fail({}, describeApiError(error, t));
    if (error.code === 'already_provisioning') {
      const runId = error.details.runId;
      if (typeof runId === 'string') setRunningId(runId);
      return form.fail({}, error.message);
    }
    const problems = serverFieldProblems(error.fields);
    const fields = Object.keys(problems) as NewCityField[];
    if (fields.length === 0) return form.fail({}, describeApiError(error, t));
    // A 409 says a whole sentence ("The address lyon is already used by Lyon."); a 400 ends one.
    if (error.status === 409) return form.fail({ [fields[0]!]: error.message });
    form.fail(
      Object.fromEntries(
        fields.map((f) => {
          const { message, line } = problems[f]!;
          return [f, line ? t('console.newCity.serverField.domainsLine', { line, message }) : t(`console.newCity.serverField.${f}`, { message })];
        }),
      ),
    );
  }

  const e = form.errors;
  return (
    <form className="form new-city" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.summary(ORDER, fieldId)} focusKey={form.attempt} />
      {runningId && (
        <p>
          <Link to={`/provisioning/${encodeURIComponent(runningId)}`}>{t('console.newCity.seeRunning', { slug: values.slug })}</Link>
        </p>
      )}

      <h2 className="form__section">{t('console.newCity.cityHeading')}</h2>
      <TextField id={`${P}-name`} name="name" autoComplete="off" label={t('console.newCity.name')} hint={t('console.newCity.nameHint')} value={values.name} error={e.name} onChange={setName} />
      <SlugField
        id={`${P}-slug`}
        value={values.slug}
        error={e.slug}
        onChange={(slug) => {
          setSlugEdited(slug !== '');
          set('slug', slug);
        }}
      />
      <TextAreaField
        id={`${P}-domains`}
        name="domains"
        rows={3}
        autoCapitalize="none"
        spellCheck={false}
        label={t('console.newCity.domains')}
        hint={t('console.newCity.domainsHint')}
        value={values.domains}
        error={e.domains}
        onChange={(domains) => set('domains', domains)}
      />

      <h2 className="form__section">{t('console.newCity.languagesHeading')}</h2>
      <LanguageFields
        idPrefix={P}
        locales={values.locales}
        defaultLocale={values.defaultLocale}
        errors={{ locales: e.locales, defaultLocale: e.defaultLocale }}
        onChange={(locales, defaultLocale) => setValues((v) => ({ ...v, locales, defaultLocale }))}
      />
      <TimeZoneField id={`${P}-time-zone`} zones={zones} value={values.timeZone} error={e.timeZone} onChange={(zone) => set('timeZone', zone)} />

      <h2 className="form__section">{t('console.newCity.adminHeading')}</h2>
      <TextField
        id={`${P}-admin-email`}
        name="adminEmail"
        type="email"
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        label={t('console.newCity.adminEmail')}
        hint={t('console.newCity.adminEmailHint')}
        value={values.adminEmail}
        error={e.adminEmail}
        onChange={(email) => set('adminEmail', email)}
      />

      <h2 className="form__section">{t('console.newCity.startHeading')}</h2>
      <StartingPointField idPrefix={P} cities={cities} start={values.start} copyFrom={values.copyFrom} error={e.copyFrom} onChange={(s, c) => void chooseStart(s, c)} />
      <PlanField
        idPrefix={P}
        modules={modules}
        cityNames={cityNames}
        value={values.modules}
        error={e.modules}
        status={planStatus}
        onChange={(plan) => {
          setPlanStatus(null);
          set('modules', plan);
        }}
      />

      {/* Not `disabled` while busy: that would drop keyboard focus to the page body. */}
      <button className="button" id={`${P}-submit`} type="submit" aria-disabled={busy || undefined}>
        {busy ? t('console.newCity.submitting') : t('console.newCity.submit')}
      </button>
    </form>
  );
}
