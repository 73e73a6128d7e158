import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** The dialog's buttons; the one marked `data-autofocus` gets focus when it opens. */
  actions: ReactNode;
  /** Escape and every cancel path land here; the caller closes by setting `open` to false. */
  onCancel: () => void;
  /** While a request runs, Escape does nothing: the answer must land in an open dialog. */
  busy?: boolean;
}

/**
 * A native modal <dialog>: `showModal()` makes the rest of the page inert (the focus trap),
 * Escape cancels, and focus goes back to whatever opened it.
 */
export function ConfirmDialog({ open, title, children, actions, onCancel, busy = false }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  // The dialog's content changes step by step (confirm → needs a dependency): keep focus inside.
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog?.open || dialog.contains(document.activeElement)) return;
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  });

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="dialog__body" id={bodyId}>
        {children}
      </div>
      <div className="button-group dialog__actions">{actions}</div>
    </dialog>
  );
}
