import { useTranslation } from 'react-i18next';

/** A field's error, said with an "Error:" prefix to screen readers, as the shared fields do. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
      {message}
    </p>
  );
}

/** `aria-describedby` from the ids that are there. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
