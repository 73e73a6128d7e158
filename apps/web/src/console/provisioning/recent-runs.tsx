import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import type { ProvisioningRun } from '../console-types.ts';
import { usePoll } from '../use-poll.ts';

const TONES: Record<ProvisioningRun['status'], string> = {
  running: 'tag--primary',
  failed: 'tag--error',
  succeeded: 'tag--success',
};

/**
 * The 20 latest provisioning runs, each a link to its progress. A list, not a table: the page's one
 * table is the cities, and tests and readers find it as "the table".
 */
export function RecentRuns() {
  const { t, i18n } = useTranslation();
  const { resource, reload } = useApiResource<{ runs: ProvisioningRun[] }>('/api/console/provisioning');
  const running = resource.state === 'ready' && resource.data.runs.some((r) => r.status === 'running');
  usePoll(running, resource, reload);

  return (
    <section aria-labelledby="recent-runs-heading">
      <h2 id="recent-runs-heading">{t('console.runs.heading')}</h2>
      <ResourceView resource={resource}>
        {({ runs }) =>
          runs.length === 0 ? (
            <p className="empty-state">{t('console.runs.empty')}</p>
          ) : (
            <ul className="run-list">
              {runs.map((run) => (
                <li className="run-list__item" key={run.id}>
                  <Link className="run-list__link" to={`/provisioning/${encodeURIComponent(run.id)}`} aria-label={t('console.runs.see', { slug: run.slug })}>
                    <code>{run.slug}</code>
                  </Link>
                  <span className={`tag ${TONES[run.status]}`}>{t(`console.runs.state.${run.status}`)}</span>
                  <span>{t('console.runs.steps', { done: run.progress.done, total: run.progress.total })}</span>
                  <time className="muted" dateTime={run.createdAt}>
                    {formatDateTime(run.createdAt, i18n.language)}
                  </time>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
