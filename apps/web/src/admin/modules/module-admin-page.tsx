import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { CatalogCard, ModuleDetail } from '../../shared/api/module-types.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useSite } from '../../shared/api/site-context.tsx';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { createModuleApi } from '../../shared/modules/create-module-api.ts';
import { ModuleBoundary } from '../../shared/modules/module-boundary.tsx';
import { hasModuleWeb, moduleWebPart } from '../../modules/module-web-part.ts';
import { useAdminTitle } from '../use-admin-title.ts';
import { useAdminModules } from './admin-modules-context.tsx';
import { modulePermissions } from './module-permissions.ts';

type AdminProps = ModuleWebProps & { permissions: string[] };

/** `/admin/m/<id>/*`: the module's own content management, while the module is on. */
export function ModuleAdminPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { modules } = useAdminModules();
  const card = modules?.find((m) => m.id === id);
  useAdminTitle(card ? localize(card.name, i18n.language) : t('admin.moduleAdmin.title'));

  if (modules === null) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!card || !card.state.enabled || !hasModuleWeb(card.id, card.source === 'built')) {
    return (
      <>
        <h1>{card ? localize(card.name, i18n.language) : t('admin.moduleAdmin.title')}</h1>
        <p className="notice notice--info">{card ? t('admin.moduleAdmin.off') : t('admin.moduleAdmin.unknown')}</p>
        <p>
          <Link to={card ? `/modules/${encodeURIComponent(card.id)}` : '/modules'}>{card ? t('admin.moduleAdmin.toDetail') : t('admin.moduleAdmin.toCatalogue')}</Link>
        </p>
      </>
    );
  }
  return <ModuleAdminView key={card.id} card={card} />;
}

function ModuleAdminView({ card }: { card: CatalogCard }) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const { user } = useSession();
  const { '*': subPath = '' } = useParams();
  const routerNavigate = useNavigate();
  // The declared permissions come with the detail; without them the module gets none.
  const { resource } = useApiResource<{ module: ModuleDetail }>(`/api/admin/modules/${encodeURIComponent(card.id)}`);
  const api = useMemo(() => createModuleApi(card.id), [card.id]);
  const city = useMemo(() => ({ slug: site.slug, name: site.name }), [site.slug, site.name]);
  const navigate = useCallback((sub: string) => void routerNavigate(`/m/${card.id}/${sub.replace(/^\/+/, '')}`), [routerNavigate, card.id]);
  const name = localize(card.name, i18n.language);
  const loading = (
    <p className="loading" role="status">
      {t('admin.moduleAdmin.loading', { name })}
    </p>
  );
  if (resource.state === 'loading') return loading;
  const permissions = resource.state === 'ready' ? modulePermissions(resource.data.module.permissions, user?.role, user?.permissions) : [];
  const Admin = moduleWebPart<AdminProps>(card.id, 'Admin');
  return (
    <ModuleBoundary
      loading={loading}
      failed={
        <>
          <h1>{name}</h1>
          <p className="inline-error" role="alert">
            {t('admin.moduleAdmin.failed', { name })}
          </p>
        </>
      }
    >
      <Admin api={api} city={city} locale={i18n.language} subPath={subPath} navigate={navigate} permissions={permissions} />
    </ModuleBoundary>
  );
}
