export {
  defineModule,
  settingsJsonSchema,
  settingsDefaults,
  MODULE_CATEGORIES,
  type ModuleDefinition,
  type ModuleContext,
  type ModuleCategory,
  type ModulePermission,
  type ModuleNavigationEntry,
  type LifecycleContext,
  type LocalizedText,
  type ChangelogEntry,
  type ModulePrivacy,
  type PrivacyContext,
  type ModuleFiles,
  type ModuleFileType,
} from './define-module.ts';
export { createModuleRegistry, type ModuleRegistry } from './module-registry.ts';
