import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { ModuleDetail } from '../../shared/api/module-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { ChangelogList } from './changelog-list.tsx';
import { versionsBetween } from './compare-versions.ts';

interface ModuleUpdateProps {
  module: ModuleDetail;
  canManage: boolean;
  onUpdated: (message: string) => void;
}

/** "Update available: 1.0.0 → 1.1.0", what changed in between, and the button that runs the upgrade. */
export function ModuleUpdate({ module, canManage, onUpdated }: ModuleUpdateProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = module.state.version;
  if (!current || !module.state.updateAvailable) return null;
  const name = localize(module.name, i18n.language);

  async function update() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { version } = await apiClient.post<{ version: string }>(`/api/admin/modules/${encodeURIComponent(module.id)}/upgrade`);
      onUpdated(t('admin.moduleDetail.update.done', { name, version }));
    } catch (e) {
      setError(describeApiError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel module-section" aria-labelledby="module-update-heading">
      <h2 id="module-update-heading">{t('admin.moduleDetail.update.heading', { from: current, to: module.latestVersion })}</h2>
      <ChangelogList versions={versionsBetween(module.versions, current, module.latestVersion)} />
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {canManage ? (
        <button className="button" type="button" onClick={() => void update()} aria-disabled={busy || undefined}>
          {busy ? t('admin.moduleDetail.update.working') : t('admin.moduleDetail.update.button')}
        </button>
      ) : (
        <p className="muted">{t('admin.moduleDetail.update.adminOnly')}</p>
      )}
    </section>
  );
}
