import { type MouseEvent, useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  title: string;
  /** Field id → message; a message without a field goes under the empty key. */
  errors: [fieldId: string | null, message: string][];
  /** Bumped on every failed save, so focus (and the screen reader) comes back each time. */
  focusKey: number;
}

/** The list of problems after a failed save, focused, each linking to its field. */
export function ErrorSummary({ title, errors, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="civ-budget-error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {errors.map(([id, message]) => (
          <li key={`${id}:${message}`}>
            {id ? (
              <a href={`#${id}`} onClick={(e) => focusField(e, id)}>
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// Following the fragment only scrolls; the reader needs the caret in the field.
function focusField(event: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
}
