import { useTranslation } from 'react-i18next';
import type { ProvisioningRun } from '../console-types.ts';
import { StepIcon } from './step-icon.tsx';

/** The run's steps in order, each with an icon and its state in words; the failed one with its error. */
export function StepList({ run }: { run: ProvisioningRun }) {
  const { t } = useTranslation();
  return (
    <ol className="step-list">
      {run.steps.map((step) => (
        <li className={`step step--${step.status}`} key={step.name} aria-current={step.status === 'running' ? 'step' : undefined}>
          <StepIcon status={step.status} />
          <span className="step__label">{step.label}</span>
          <span className="step__state">{t(`console.provisioning.state.${step.status}`)}</span>
          {step.status === 'failed' && step.error && <p className="step__error">{step.error}</p>}
        </li>
      ))}
    </ol>
  );
}
