import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../shared/api/api-error.ts';
import type { ModuleDetail } from '../../shared/api/module-types.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { useAdminModules } from './admin-modules-context.tsx';
import { ChangelogList } from './changelog-list.tsx';
import { ModuleFacts } from './module-facts.tsx';
import { ModuleSwitch } from './module-switch.tsx';
import { ModuleTags } from './module-tags.tsx';
import { ModuleUpdate } from './module-update.tsx';
import { moduleUsage } from './module-usage.ts';
import { SettingsForm } from './settings/settings-form.tsx';
import { ShareModule } from './share-module.tsx';

/** One module: what it is, its switch, its update, its settings, its history. */
export function ModuleDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useSession();
  const adminModules = useAdminModules();
  const { resource, reload } = useApiResource<{ module: ModuleDetail }>(`/api/admin/modules/${encodeURIComponent(id)}`);
  const [status, setStatus] = useState<string | null>(null);
  // Sharing and updating remove the section whose button had focus: focus goes to the heading.
  const [refocus, setRefocus] = useState(0);
  const canManage = user?.role === 'admin';
  const name = resource.state === 'ready' ? localize(resource.data.module.name, i18n.language) : t('admin.moduleDetail.title');
  useAdminTitle(name);

  useEffect(() => setStatus(null), [id]);
  useEffect(() => {
    if (refocus > 0) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [refocus]);

  function changed(message: string, { moveFocus = false } = {}) {
    setStatus(message);
    reload();
    adminModules.reload();
    if (moveFocus) setRefocus((n) => n + 1);
  }

  if (resource.state === 'error' && resource.error instanceof ApiError && resource.error.status === 404) {
    return (
      <>
        <h1>{t('admin.moduleDetail.notFound')}</h1>
        <p>{t('admin.moduleDetail.notFoundText')}</p>
        <p>
          <Link to="/modules">{t('admin.moduleDetail.back')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="back-link">
        <Link to="/modules">{t('admin.moduleDetail.back')}</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      <ResourceView resource={resource}>
        {({ module }) => (
          <>
            <h1 tabIndex={-1}>{localize(module.name, i18n.language)}</h1>
            <p className="lead">{localize(module.description, i18n.language)}</p>
            <p className="module-usage">{moduleUsage(module, t)}</p>
            <ModuleTags card={module} />

            <section className="module-section" aria-labelledby="module-status-heading">
              <h2 id="module-status-heading">{t('admin.moduleDetail.statusHeading')}</h2>
              <ModuleSwitch module={module} canManage={canManage} onChanged={(m) => changed(m)} />
            </section>

            <ShareModule module={module} canManage={canManage} onShared={(m) => changed(m, { moveFocus: true })} />
            <ModuleUpdate module={module} canManage={canManage} onUpdated={(m) => changed(m, { moveFocus: true })} />

            <section className="module-section" aria-labelledby="module-settings-heading">
              <h2 id="module-settings-heading">{t('admin.moduleDetail.settingsHeading')}</h2>
              <SettingsForm key={module.id} module={module} canManage={canManage} />
            </section>

            <section className="module-section" aria-labelledby="module-about-heading">
              <h2 id="module-about-heading">{t('admin.moduleDetail.aboutHeading')}</h2>
              <ModuleFacts module={module} />
            </section>

            <section className="module-section" aria-labelledby="module-versions-heading">
              <h2 id="module-versions-heading">{t('admin.moduleDetail.versionsHeading')}</h2>
              <ChangelogList versions={module.versions} current={module.state.version} />
            </section>
          </>
        )}
      </ResourceView>
    </>
  );
}
