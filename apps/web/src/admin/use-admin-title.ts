import { useTranslation } from 'react-i18next';
import { useSite } from '../shared/api/site-context.tsx';
import { useDocumentTitle } from '../shared/ui/use-document-title.ts';

/** "Page – City administration – Paris". */
export function useAdminTitle(page: string): void {
  const { t } = useTranslation();
  const site = useSite();
  useDocumentTitle(page, `${t('admin.tool')} – ${site.name}`);
}
