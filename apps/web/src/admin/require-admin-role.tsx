import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shared/api/session-context.tsx';

/** Explains instead of showing a 403: editors and moderators can reach these pages by URL. */
export function RequireAdminRole({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user?.role !== 'admin') return <p className="notice notice--info">{t('admin.needsAdmin')}</p>;
  return children;
}
