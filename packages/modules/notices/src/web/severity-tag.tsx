import type { Severity } from '../notices-api-types.ts';
import { messagesFor } from './messages.ts';

/** The severity in words (colour and border only repeat it). */
export function SeverityTag({ severity, locale }: { severity: Severity; locale: string }) {
  return <strong className={`civ-notices-tag civ-notices-tag--${severity}`}>{messagesFor(locale).severity[severity]}</strong>;
}
