import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { ModuleDetail } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';

interface ShareModuleProps {
  module: ModuleDetail;
  canManage: boolean;
  onShared: (message: string) => void;
}

/** For the city that built a module and has kept it to itself: offer it to every city, once confirmed. */
export function ShareModule({ module, canManage, onShared }: ShareModuleProps) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!module.isOwn || module.visibility !== 'private') return null;
  const name = localize(module.name, i18n.language);

  async function share() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await apiClient.post(`/api/admin/modules/${encodeURIComponent(module.id)}/share`);
      setOpen(false);
      onShared(t('admin.moduleDetail.share.done', { name }));
    } catch (e) {
      setError(describeApiError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel module-section" aria-labelledby="module-share-heading">
      <h2 id="module-share-heading">{t('admin.moduleDetail.share.heading')}</h2>
      <p>{t('admin.moduleDetail.share.intro', { city: site.name, name })}</p>
      {canManage ? (
        <button className="button button--secondary" type="button" onClick={() => setOpen(true)}>
          {t('admin.moduleDetail.share.button')}
        </button>
      ) : (
        <p className="muted">{t('admin.moduleDetail.share.adminOnly')}</p>
      )}
      <ConfirmDialog
        open={open}
        busy={busy}
        title={t('admin.moduleDetail.share.confirmTitle', { name })}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        actions={
          <>
            <button className="button" type="button" data-autofocus onClick={() => void share()} aria-disabled={busy || undefined}>
              {t('admin.moduleDetail.share.button')}
            </button>
            <button
              className="button button--secondary"
              type="button"
              onClick={busy ? undefined : () => setOpen(false)}
              aria-disabled={busy || undefined}
            >
              {t('admin.moduleDetail.switch.cancel')}
            </button>
          </>
        }
      >
        <p>{t('admin.moduleDetail.share.consequence', { name })}</p>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
