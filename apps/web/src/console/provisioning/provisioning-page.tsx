import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import type { ProvisioningRun } from '../console-types.ts';
import { cityHomeUrl } from '../new-city/city-host.ts';
import { StepList } from './step-list.tsx';
import { useCityName } from './use-city-name.ts';
import { useProvisioningRun } from './use-provisioning-run.ts';

/** `/provisioning/:runId`: a run's live progress, its steps, and retry after a failure. */
export function ProvisioningPage() {
  const { t } = useTranslation();
  const { runId = '' } = useParams();
  const fromForm = (useLocation().state as { cityName?: string } | null)?.cityName;
  const { result, restart } = useProvisioningRun(runId);
  const run = result.state === 'ready' ? result.run : null;
  const name = useCityName(run?.tenantId ?? null, fromForm);
  const missing = result.state === 'error' && result.error instanceof ApiError && result.error.status === 404;
  const title =
    missing
      ? t('console.provisioning.notFound')
      : name
        ? t('console.provisioning.titleNamed', { city: name })
        : t('console.provisioning.title', { slug: run?.slug ?? '' }).trim();
  useDocumentTitle(title, `${t('console.tool')} – ${t('console.owner')}`);

  return (
    <>
      <p className="back-link">
        <Link to="/">{t('console.provisioning.back')}</Link>
      </p>
      <h1>{title}</h1>
      {result.state === 'error' ? (
        <p className={missing ? undefined : 'inline-error'} role={missing ? undefined : 'alert'}>
          {missing ? t('console.provisioning.notFoundText') : describeApiError(result.error, t)}
        </p>
      ) : (
        <RunProgress run={run} cityName={name} onRetried={restart} />
      )}
    </>
  );
}

interface RunProgressProps {
  /** Null until the first event arrives. */
  run: ProvisioningRun | null;
  cityName: string | undefined;
  onRetried: (run: ProvisioningRun) => void;
}

function RunProgress({ run, cityName, onRetried }: RunProgressProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);
  const progressRef = useRef<HTMLDivElement>(null);
  const city = cityName ?? run?.slug ?? '';
  const done = run?.progress.done ?? 0;
  const total = run?.progress.total ?? 0;
  const failedStep = run?.steps.find((s) => s.status === 'failed');
  const currentIndex = run ? run.steps.findIndex((s) => s.name === run.current) : -1;
  const countText = t('console.provisioning.progressText', { done, total });

  async function retry() {
    if (!run || busy) return;
    setBusy(true);
    setRetryError(null);
    try {
      const { run: retried } = await apiClient.post<{ run: ProvisioningRun }>(`/api/console/provisioning/${encodeURIComponent(run.id)}/retry`);
      onRetried(retried);
      // The retry button goes away with the failure: keep the reader's focus on the progress.
      progressRef.current?.focus();
    } catch (error) {
      setRetryError(describeApiError(error, t));
    } finally {
      setBusy(false);
    }
  }

  // One sentence that changes only when the step does, so it is announced once per step.
  let announcement: string;
  if (!run) announcement = t('console.provisioning.connecting');
  else if (run.status === 'succeeded') announcement = t('console.provisioning.succeeded', { city });
  else if (run.status === 'failed') announcement = failedStep ? t('console.provisioning.failed', { label: failedStep.label }) : t('console.provisioning.failedNoStep');
  else if (currentIndex >= 0) announcement = t('console.provisioning.current', { number: currentIndex + 1, total, label: run.steps[currentIndex]!.label });
  else announcement = countText;

  return (
    <>
      <div className="run-progress" ref={progressRef} tabIndex={-1}>
        <label className="field__label" htmlFor="run-progress">
          {t('console.provisioning.progress')}
        </label>
        {/* Indeterminate (no value) until the first event says how far it is. */}
        <progress id="run-progress" className="progress" {...(run ? { value: done, max: Math.max(total, 1), 'aria-valuetext': countText } : {})}>
          {countText}
        </progress>
        {run && <p className="run-progress__count">{countText}</p>}
      </div>

      {/* On failure the panel below shows the same words as its heading: the region stays for screen readers. */}
      <div className={run?.status === 'failed' ? 'visually-hidden' : `notice ${run?.status === 'succeeded' ? '' : 'notice--info'}`} role="status">
        {announcement}
      </div>

      {run?.status === 'failed' && (
        <section className="panel panel--error" aria-labelledby="run-failure-heading">
          <h2 id="run-failure-heading">{failedStep ? t('console.provisioning.failed', { label: failedStep.label }) : t('console.provisioning.failedNoStep')}</h2>
          <p className="run-failure__error">{failedStep?.error ?? run.error}</p>
          <p className="field__hint run-failure__hint" id="run-retry-hint">
            {t('console.provisioning.retryHint')}
          </p>
          {retryError && (
            <p className="inline-error" role="alert">
              {retryError}
            </p>
          )}
          <button className="button" type="button" aria-describedby="run-retry-hint" aria-disabled={busy || undefined} onClick={retry}>
            {busy ? t('console.provisioning.retrying') : t('console.provisioning.retry')}
          </button>
        </section>
      )}

      {run?.status === 'succeeded' && (
        <p className="button-group">
          <a className="button" href={cityHomeUrl(run.slug)}>
            {t('console.provisioning.open', { city })}
          </a>
          <Link className="button button--secondary" to={`/cities/${encodeURIComponent(run.slug)}`}>
            {t('console.provisioning.cityPage', { city })}
          </Link>
        </p>
      )}

      {run && (
        <>
          <h2>
            {t('console.provisioning.stepsHeading')}
            {run.attempt > 1 && <span className="heading-aside"> {t('console.provisioning.attempt', { attempt: run.attempt })}</span>}
          </h2>
          <StepList run={run} />
        </>
      )}
    </>
  );
}
