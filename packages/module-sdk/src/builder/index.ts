export { BUILDER_LIMITS } from './limits.ts';
export { BUILDER_LOCALES, builderText, pickText, type BuilderLocale, type BuilderText } from './localized-text.ts';
export { builderKey, CONDITION_OPERATORS, conditionSchema, type Condition, type ConditionOperator } from './condition-schema.ts';
export { FIELD_TYPES, FILE_TYPES, PHOTO_TYPES, FILTERABLE_TYPES, fieldSchema, type BuilderField, type FieldType } from './field-schema.ts';
export { EMAIL_PLACEHOLDERS, type BuilderWorkflow, type BuilderState, type BuilderTransition } from './workflow-schema.ts';
export { SUBMITTERS, type Submitters, type BuilderForm, type BuilderPage, type BuilderListPage } from './form-page-schema.ts';
export {
  BUILDER_SCHEMA_VERSION,
  builtModuleDefinitionSchema,
  type BuiltModuleDefinition,
  type BuiltModuleDefinitionInput,
  type BuilderEntityType,
  type AdoptableSetting,
} from './definition-schema.ts';
export { settingKey } from './check-definition.ts';
export { definitionTexts, type DefinitionText, type DefinitionPath } from './definition-texts.ts';
export {
  parseBuiltModuleDefinition,
  assertBuiltModuleDefinition,
  describePath,
  BuiltModuleDefinitionError,
  type DefinitionError,
  type DefinitionResult,
} from './parse-definition.ts';
export { evaluateCondition, visibleFieldKeys, isGiven } from './evaluate-condition.ts';
export { compileEntrySchema, findEntityType, inputFields, type EntrySchemaOptions, type EntryData } from './compile-entry-schema.ts';
export { sanitizeRichText } from './sanitize-rich-text.ts';
export { classifyChange, type ChangeClassification, type ChangeReason } from './classify-change.ts';
export { bumpVersion, releaseLevel, checkVersionLabel, maxLevel, atLeast, FIRST_VERSION, type ChangeLevel } from './version-rules.ts';
export { builtModuleSettingsSchema, applyBuiltModuleSettings } from './built-module-settings.ts';
export { terracePermitsExample } from './terrace-permits-example.ts';
