// What the web pages of built modules use: types, texts and conditions, without the server's
// validation libraries (rich-text sanitising stays on the server).
export { evaluateCondition, visibleFieldKeys, isGiven } from './builder/evaluate-condition.ts';
export { pickText, type BuilderText } from './builder/localized-text.ts';
export type { BuiltModuleDefinition, BuilderEntityType } from './builder/definition-schema.ts';
export type { BuilderField, FieldType } from './builder/field-schema.ts';
export type { BuilderForm, BuilderPage, BuilderListPage } from './builder/form-page-schema.ts';
