export { BuiltModuleSource } from './built-module-source.ts';
export { builtModuleDeclaration, BUILDER_TABLES, type PublishedVersion } from './built-module-declaration.ts';
export { createBuilderAdminRouter } from './builder-admin-router.ts';
export { publishBuiltModule, saveBuilderDraft, previewPublish, type BuilderDeps, type BuilderContext } from './builder-service.ts';
export { createEntryRouter, type EntryRouterDeps } from './entry-router.ts';
export type { BuiltModuleMail, BuiltModuleMessage } from './entry-mail.ts';
