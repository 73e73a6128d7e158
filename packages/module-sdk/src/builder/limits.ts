/**
 * Hard limits of a built module. They keep one definition small enough to validate, store, diff
 * and render quickly, and keep a city's staff from building something no resident can fill in.
 */
export const BUILDER_LIMITS = {
  entityTypes: 10,
  fieldsPerEntityType: 100,
  optionsPerChoice: 100,
  statesPerWorkflow: 30,
  transitionsPerWorkflow: 100,
  forms: 20,
  pages: 20,
  permissions: 10,
  settings: 200,
  columnsPerList: 20,
  filtersPerList: 10,
  listPageSize: 100,
  label: 200,
  help: 1_000,
  description: 2_000,
  longTextLength: 20_000,
  shortTextLength: 500,
  richTextLength: 50_000,
  pattern: 200,
  emailBody: 5_000,
  privacy: 5_000,
  fileSizeBytes: 25 * 1024 * 1024,
  filesPerField: 10,
  dueDays: 365,
  numberDecimals: 6,
  /** The whole definition as JSON. */
  definitionBytes: 512 * 1024,
} as const;
