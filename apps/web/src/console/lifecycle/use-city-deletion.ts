import { useApiResource } from '../../shared/api/use-api-resource.ts';
import type { CityDeletion } from '../console-types.ts';
import { usePoll } from '../use-poll.ts';

/** The city's latest deletion, if any, followed while it runs. */
export function useCityDeletion(tenantId: string): { deletion: CityDeletion | null; reload: () => void } {
  const { resource, reload } = useApiResource<{ deletion: CityDeletion | null }>(`/api/console/tenants/${encodeURIComponent(tenantId)}/deletion`);
  const deletion = resource.state === 'ready' ? resource.data.deletion : null;
  usePoll(deletion?.status === 'running', resource, reload, 1000);
  return { deletion, reload };
}

/** Rows removed over every table (the Redis keys and jobs are counted apart). */
export function removedRows(removed: CityDeletion['removed']): number {
  return Object.entries(removed ?? {})
    .filter(([key]) => key !== 'redisKeys' && key !== 'jobs')
    .reduce((sum, [, n]) => sum + n, 0);
}
