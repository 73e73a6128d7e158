import { useEffect, useState } from 'react';
import { apiClient } from '../../shared/api/api-client.ts';
import type { TenantSummary } from '../../shared/api/api-types.ts';

/**
 * The run names the city by slug only: its name comes from the form that started it (router
 * state) or, on a page opened later, from the list of cities once the first step has created it.
 */
export function useCityName(tenantId: string | null, known: string | undefined): string | undefined {
  const [found, setFound] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (known || !tenantId) return;
    let live = true;
    apiClient.get<{ tenants: TenantSummary[] }>('/api/console/tenants').then(
      ({ tenants }) => live && setFound(tenants.find((c) => c.id === tenantId)?.name),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tenantId, known]);
  return known ?? found;
}
