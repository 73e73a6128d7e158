import { type ModuleDefinition, defineModule } from '@civitas/module-sdk';
import { type BuiltModuleDefinition, builtModuleSettingsSchema, type BuilderText } from '@civitas/module-sdk/builder';
import { createEntryRouter, type EntryRouterDeps } from './entry-router.ts';
import { builtModulePrivacy } from './built-module-privacy.ts';

export interface PublishedVersion {
  version: string;
  publishedAt: Date;
  changelog: BuilderText;
  definition: BuiltModuleDefinition;
}

/** Entries of built modules live in the builder's tables, shared by every built module. */
export const BUILDER_TABLES = ['builder_entries', 'builder_entry_values', 'builder_entry_transitions'];

const en = (t: BuilderText) => ({ ...t, en: t.en ?? Object.values(t)[0] ?? '' });

/**
 * A published built module as the module host sees every module: the latest version's name,
 * permissions and settings, and one generic API serving each city the version it runs.
 */
export function builtModuleDeclaration(versions: PublishedVersion[], deps: EntryRouterDeps): ModuleDefinition {
  const latest = versions[versions.length - 1]!;
  const d = latest.definition;
  return defineModule({
    id: d.id,
    version: latest.version,
    name: en(d.name),
    description: en(d.description),
    author: d.author,
    category: d.category,
    dependsOn: {},
    settings: builtModuleSettingsSchema(d),
    permissions: d.permissions.map((p) => ({ id: `${d.id}.${p.verb}`, description: en(p.description), defaultRoles: p.defaultRoles })),
    tables: BUILDER_TABLES,
    changelog: versions.map((v) => ({ version: v.version, date: v.publishedAt.toISOString().slice(0, 10), notes: en(v.changelog) })),
    api: (ctx) => createEntryRouter(ctx, d.id, deps),
    navigation: pagesNavigation(d),
    privacy: builtModulePrivacy(d),
  });
}

function pagesNavigation(d: BuiltModuleDefinition) {
  const pages = d.pages.map((p) => ({ path: `pages/${p.key}`, label: en(p.title) }));
  const forms = d.forms.map((f) => ({ path: `forms/${f.key}`, label: en(f.title) }));
  return [...forms, ...pages];
}
