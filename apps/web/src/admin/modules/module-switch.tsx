import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { ModuleDetail, ModuleRef } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { SwitchDialog } from './switch-dialog.tsx';
import { stepAfterError, type SwitchStep } from './switch-flow.ts';

interface ModuleSwitchProps {
  module: ModuleDetail;
  /** Only administrators may switch modules; others see the state and why they cannot change it. */
  canManage: boolean;
  onChanged: (message: string) => void;
}

/** The module's On/Off switch. Every change is confirmed first, with what residents will notice. */
export function ModuleSwitch({ module, canManage, onChanged }: ModuleSwitchProps) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const [flow, setFlow] = useState<SwitchStep>({ step: 'closed' });
  const [busy, setBusy] = useState(false);
  const lang = i18n.language;
  const name = localize(module.name, lang);
  const on = module.state.enabled;
  // A module the plan no longer includes can still be switched off.
  const blocked = !canManage ? t('admin.moduleDetail.switch.adminOnly') : !module.entitled && !on ? t('admin.moduleDetail.switch.notEntitled', { name }) : null;
  const hint = on ? t('admin.moduleDetail.switch.onHint', { city: site.name }) : t('admin.moduleDetail.switch.offHint');

  async function run(action: 'enable' | 'disable', together: ModuleRef[] = []) {
    if (busy) return;
    setBusy(true);
    const path = `/api/admin/modules/${encodeURIComponent(module.id)}/${action}`;
    try {
      if (action === 'enable') {
        await apiClient.post(path, together.length > 0 ? { withDependencies: true } : {});
        const names = [...together.map((m) => localize(m.name, lang)), name];
        onChanged(t('admin.moduleDetail.switch.enabled', { names: listFormat(names, lang), count: names.length, city: site.name }));
      } else {
        await apiClient.post(path);
        onChanged(t('admin.moduleDetail.switch.disabled', { name }));
      }
      setFlow({ step: 'closed' });
    } catch (error) {
      setFlow(stepAfterError(error, describeApiError(error, t)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="switch-field">
        <span className="switch-field__label" id="module-switch-label">
          {name}
        </span>
        <button
          className="switch"
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby="module-switch-label"
          aria-describedby="module-switch-hint"
          aria-disabled={blocked ? true : undefined}
          onClick={() => !blocked && setFlow({ step: 'confirm' })}
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="switch__state" aria-hidden="true">
            {on ? t('admin.modules.on') : t('admin.modules.off')}
          </span>
        </button>
      </div>
      <p className="field__hint switch-field__hint" id="module-switch-hint">
        {blocked ?? hint}
      </p>
      <SwitchDialog
        flow={flow}
        action={on ? 'disable' : 'enable'}
        busy={busy}
        name={name}
        hasNavigation={module.navigation.length > 0}
        onEnable={(together) => void run('enable', together)}
        onDisable={() => void run('disable')}
        onCancel={() => setFlow({ step: 'closed' })}
      />
    </>
  );
}

function listFormat(items: string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
