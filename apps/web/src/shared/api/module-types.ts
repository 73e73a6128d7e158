/** Module shapes of the Civitas JSON API, as the web faces rely on them. */

/** Text in each shipped locale; `en` is always there and is the fallback. */
export type LocalizedText = { en: string } & Partial<Record<'fr' | 'hu' | 'es', string>>;

export interface ModuleRef {
  id: string;
  name: LocalizedText;
}

export interface CityRef {
  slug: string;
  name: string;
}

export interface ModuleNavigationEntry {
  /** `/m/<id>/…` from `/api/site`; relative to the module's root in the admin detail. */
  path: string;
  label: LocalizedText;
}

/** An enabled module as the portal draws it (`GET /api/site`). */
export interface SiteModule extends ModuleRef {
  navigation: ModuleNavigationEntry[];
  /** Made in the module builder: drawn from its definition. */
  built?: boolean;
}

export interface CatalogCard extends ModuleRef {
  description: LocalizedText;
  category: string;
  /** `built`: made in the module builder; `code`: written as a package. */
  source?: 'built' | 'code';
  author: CityRef;
  latestVersion: string;
  visibility: 'shared' | 'private';
  isOwn: boolean;
  entitled: boolean;
  dependsOn: (ModuleRef & { range: string })[];
  requiredBy: ModuleRef[];
  usedBy: CityRef[];
  state: { enabled: boolean; version: string | null; updateAvailable: boolean };
}

export interface Catalogue {
  modules: CatalogCard[];
  categories: string[];
  authors: CityRef[];
}

export interface ModuleVersion {
  version: string;
  releasedOn: string;
  changelog: LocalizedText;
}

export interface ModulePermission {
  id: string;
  description: LocalizedText;
  defaultRoles: string[];
}

export interface ModuleDetail extends CatalogCard {
  versions: ModuleVersion[];
  /** JSON Schema (draft 2020-12, from zod) of the module's settings. */
  settingsSchema: Record<string, unknown>;
  settings: Record<string, unknown>;
  permissions: ModulePermission[];
  navigation: ModuleNavigationEntry[];
}

/** One module on the console's entitlement checklist. */
export interface Entitlement extends ModuleRef {
  /** The API may name the author by slug only. */
  author: { slug: string; name?: string };
  entitled: boolean;
}
