import type { ProvisioningStep } from '../console-types.ts';

/** A shape per state (tick, dot, cross, ring), so the state never rests on colour alone; the text says it too. */
export function StepIcon({ status }: { status: ProvisioningStep['status'] }) {
  return (
    <svg className={`step-icon step-icon--${status}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {status === 'done' && (
        <>
          <circle cx="12" cy="12" r="11" className="step-icon__fill" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" className="step-icon__mark" />
        </>
      )}
      {status === 'running' && (
        <>
          <circle cx="12" cy="12" r="10" className="step-icon__ring" />
          <circle cx="12" cy="12" r="5" className="step-icon__fill" />
        </>
      )}
      {status === 'failed' && (
        <>
          <circle cx="12" cy="12" r="11" className="step-icon__fill" />
          <path d="M8 8l8 8M16 8l-8 8" className="step-icon__mark" />
        </>
      )}
      {status === 'pending' && <circle cx="12" cy="12" r="10" className="step-icon__ring" />}
    </svg>
  );
}
