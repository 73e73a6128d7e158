import { useTranslation } from 'react-i18next';
import type { ModuleRef } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { localize } from '../../shared/i18n/localize.ts';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import type { SwitchStep } from './switch-flow.ts';

interface SwitchDialogProps {
  flow: SwitchStep;
  /** What the switch would do: the dialog is about toggling the current state. */
  action: 'enable' | 'disable';
  busy: boolean;
  name: string;
  hasNavigation: boolean;
  onEnable: (together: ModuleRef[]) => void;
  onDisable: () => void;
  onCancel: () => void;
}

/** The confirmation of a switch: the consequence first, then what the API needs settled. */
export function SwitchDialog({ flow, action, busy, name, hasNavigation, onEnable, onDisable, onCancel }: SwitchDialogProps) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const title = action === 'disable' ? t('admin.moduleDetail.switch.disableTitle', { name }) : t('admin.moduleDetail.switch.enableTitle', { name });
  const busyProps = { 'aria-disabled': busy || undefined };

  const cancel = (autofocus = false) => (
    <button className="button button--secondary" type="button" onClick={busy ? undefined : onCancel} {...busyProps} data-autofocus={autofocus || undefined}>
      {flow.step === 'refused' ? t('admin.moduleDetail.switch.close') : t('admin.moduleDetail.switch.cancel')}
    </button>
  );

  let body = null;
  let actions = null;
  if (flow.step === 'confirm' && action === 'enable') {
    body = <p>{t(hasNavigation ? 'admin.moduleDetail.switch.enableConsequence' : 'admin.moduleDetail.switch.enableConsequenceNoNav', { city: site.name, name })}</p>;
    actions = (
      <>
        <button className="button" type="button" data-autofocus onClick={() => onEnable([])} {...busyProps}>
          {busy ? t('admin.moduleDetail.switch.working') : t('admin.moduleDetail.switch.enable')}
        </button>
        {cancel()}
      </>
    );
  } else if (flow.step === 'confirm') {
    body = <p>{t('admin.moduleDetail.switch.disableConsequence', { name })}</p>;
    actions = (
      <>
        <button className="button" type="button" onClick={onDisable} {...busyProps}>
          {busy ? t('admin.moduleDetail.switch.working') : t('admin.moduleDetail.switch.disable')}
        </button>
        {cancel(true)}
      </>
    );
  } else if (flow.step === 'missing') {
    const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format([...flow.missing.map((m) => localize(m.name, i18n.language)), name]);
    body = (
      <p className="notice notice--info" role="alert">
        {flow.message}
      </p>
    );
    actions = (
      <>
        <button className="button" type="button" data-autofocus onClick={() => onEnable(flow.missing)} {...busyProps}>
          {busy ? t('admin.moduleDetail.switch.working') : t('admin.moduleDetail.switch.enableTogether', { names })}
        </button>
        {cancel()}
      </>
    );
  } else if (flow.step === 'refused') {
    body = (
      <p className="inline-error" role="alert">
        {flow.message}
      </p>
    );
    actions = cancel(true);
  }

  return (
    <ConfirmDialog open={flow.step !== 'closed'} title={title} busy={busy} onCancel={onCancel} actions={actions}>
      {body}
    </ConfirmDialog>
  );
}
