import type { BuiltModuleDefinition } from '@civitas/module-sdk/builder-web';

export interface DefinitionJson {
  version: string;
  definition: BuiltModuleDefinition;
}

export interface EntryJson {
  id: string;
  reference: string;
  state: string;
  stateLabel: string;
  createdAt: string;
  values: Record<string, unknown>;
  history?: { state: string; stateLabel?: string; comment: string | null; at: string }[];
}

export interface StaffEntryJson extends EntryJson {
  entityType: string;
  dueAt: string | null;
  transitions: { key: string; label: string; comment: 'none' | 'optional' | 'required' }[];
}

export interface EntriesJson<E = EntryJson> {
  entries: E[];
  page: number;
  pageSize?: number;
  total?: number;
}
