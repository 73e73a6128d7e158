/** One editable setting, read from the module's JSON Schema: the subset the form knows how to draw. */
export type SettingField = {
  key: string;
  label: string;
  /** The schema's description, in the admin's language where the module gave one. */
  description?: string;
  defaultValue?: unknown;
  /** `anyOf [X, null]` (zod `.nullable()`): an empty answer saves `null`. */
  nullable: boolean;
} & (
  /** `multiline`: long text (more than 200 characters allowed) gets a textarea. */
  | { kind: 'text'; maxLength?: number; minLength?: number; multiline: boolean }
  | { kind: 'select'; options: string[] }
  | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  | { kind: 'list'; maxItems?: number; itemMaxLength?: number }
  /** Anything else (nested objects, lists of objects): shown, kept as it is, not edited here. */
  | { kind: 'unsupported' }
);

/** What the form holds while editing: text for inputs, true/false for checkboxes. */
export type SettingsDraft = Record<string, string | boolean>;

/** A problem found before saving; the form words it. */
export interface DraftProblem {
  code: 'required' | 'notANumber' | 'notWhole' | 'tooSmall' | 'tooBig' | 'tooLong' | 'tooShort' | 'tooManyItems' | 'itemTooLong' | 'notAnOption';
  limit?: number;
  item?: number;
}
