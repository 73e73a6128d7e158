import type { LocalizedText, ModuleRef } from '../../shared/api/module-types.ts';
import { ApiError } from '../../shared/api/api-error.ts';

/** Where the on/off confirmation stands. */
export type SwitchStep =
  | { step: 'closed' }
  | { step: 'confirm' }
  /** The API answered `missing_dependency`: offer to switch them on together. */
  | { step: 'missing'; message: string; missing: ModuleRef[] }
  /** The API refused (`required_by`, `not_entitled`, …): say why; nothing to confirm any more. */
  | { step: 'refused'; message: string };

/** The step that follows a refused enable or disable. */
export function stepAfterError(error: unknown, fallback: string): SwitchStep {
  if (!(error instanceof ApiError)) return { step: 'refused', message: fallback };
  if (error.code === 'missing_dependency') {
    const missing = readRefs(error.details.missing);
    if (missing.length > 0) return { step: 'missing', message: error.message, missing };
  }
  if (error.status === 0 || error.status >= 500) return { step: 'refused', message: fallback };
  return { step: 'refused', message: error.message || fallback };
}

function readRefs(value: unknown): ModuleRef[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: { id?: unknown; name?: unknown }) => {
    if (typeof v?.id !== 'string') return [];
    const name: LocalizedText = typeof v.name === 'string' ? { en: v.name } : ((v.name as LocalizedText | undefined) ?? { en: v.id });
    return [{ id: v.id, name }];
  });
}
