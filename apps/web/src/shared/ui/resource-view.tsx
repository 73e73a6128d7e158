import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../api/use-api-resource.ts';
import { describeApiError } from '../forms/describe-api-error.ts';

/** Loading and error states for a fetched resource, said the same way on every page. */
export function ResourceView<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (resource.state === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (resource.state === 'error') {
    return (
      <p className="inline-error" role="alert">
        {describeApiError(resource.error, t)}
      </p>
    );
  }
  return children(resource.data);
}
