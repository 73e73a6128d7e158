import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { SiteModule } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { localize } from '../../shared/i18n/localize.ts';
import { ModuleBoundary } from '../../shared/modules/module-boundary.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { hasModuleWeb, moduleWebPart } from '../../modules/module-web-part.ts';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { useModuleProps } from './use-module-props.ts';

/**
 * `/m/<id>/*`: the module's own page, fetched only when this city has the module on.
 * Any other id is the portal's not-found page, and no module code is requested for it.
 */
export function ModulePage() {
  const { moduleId = '' } = useParams();
  const site = useSite();
  const module = site.modules.find((m) => m.id === moduleId);
  if (!module || !hasModuleWeb(module.id, module.built)) return <NotFoundPage />;
  return <ModuleView key={module.id} module={module} />;
}

function ModuleView({ module }: { module: SiteModule }) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const { '*': subPath = '' } = useParams();
  const props = useModuleProps(module.id);
  const name = localize(module.name, i18n.language);
  // A default title; the module's page may set a more precise one once it has loaded.
  useDocumentTitle(name, site.name);
  const Page = moduleWebPart<ModuleWebProps>(module.id, 'Page');
  return (
    <ModuleBoundary
      loading={
        <p className="loading" role="status">
          {t('portal.modules.loading', { name })}
        </p>
      }
      failed={
        <div className="prose">
          <h1>{name}</h1>
          <p className="inline-error" role="alert">
            {t('portal.modules.failed')}
          </p>
        </div>
      }
    >
      <Page {...props} subPath={subPath} />
    </ModuleBoundary>
  );
}
