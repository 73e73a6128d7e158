import { useCallback, useState } from 'react';
import type { SummaryError } from './error-summary.tsx';

export interface FormErrors<F extends string> {
  errors: Partial<Record<F, string>>;
  formError: string | null;
  /** Bumped on every failure: the error summary takes focus each time. */
  attempt: number;
  fail: (fieldErrors: Partial<Record<F, string>>, message?: string | null) => void;
  clear: () => void;
  /** The summary's entries: the form-level message first, then the fields in `order`. */
  summary: (order: readonly F[], fieldId: (field: F) => string) => SummaryError[];
}

/** The error state every form keeps: per-field messages, one form-level message, and the summary focus key. */
export function useFormErrors<F extends string>(): FormErrors<F> {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fail = useCallback((fieldErrors: Partial<Record<F, string>>, message: string | null = null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);
  const summary = (order: readonly F[], fieldId: (field: F) => string): SummaryError[] => [
    ...(formError ? [{ message: formError }] : []),
    ...order.flatMap((f) => (errors[f] ? [{ fieldId: fieldId(f), message: errors[f] }] : [])),
  ];
  return { errors, formError, attempt, fail, clear, summary };
}
