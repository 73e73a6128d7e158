import type { BuilderEntityType } from '@civitas/module-sdk/builder';
import { pickText } from '@civitas/module-sdk/builder';

type Row = {
  id: string;
  reference: string;
  entityType: string;
  version: string;
  state: string;
  data: unknown;
  createdAt: Date;
  stateChangedAt: Date;
  dueAt: Date | null;
  transitions?: { toState: string; comment: string | null; createdAt: Date; transition: string; staffId: string | null }[];
};

const pick = (data: unknown, keys: string[]) => {
  const values = data as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
};

/** An entry as a list or detail page shows it: only the fields the page names. */
export function publicEntryJson(row: Row, entity: BuilderEntityType, fields: string[], locale: string) {
  return {
    id: row.id,
    reference: row.reference,
    state: row.state,
    stateLabel: stateLabel(entity, row.state, locale),
    createdAt: row.createdAt.toISOString(),
    values: pick(row.data, fields),
  };
}

/** An entry as its submitter sees it: every field meant for residents, and the public comments. */
export function ownEntryJson(row: Row, entity: BuilderEntityType, locale: string) {
  const residentFields = entity.fields.filter((f) => f.visibility === 'resident' && f.type !== 'submitter').map((f) => f.key);
  return {
    ...publicEntryJson(row, entity, residentFields, locale),
    version: row.version,
    history: (row.transitions ?? []).map((t) => ({ state: t.toState, stateLabel: stateLabel(entity, t.toState, locale), comment: t.comment, at: t.createdAt.toISOString() })),
  };
}

/** An entry as staff see it: everything, with the workflow's due time and steps. */
export function staffEntryJson(row: Row, entity: BuilderEntityType, locale: string) {
  return {
    ...publicEntryJson(row, entity, Object.keys(row.data as object), locale),
    entityType: row.entityType,
    version: row.version,
    stateChangedAt: row.stateChangedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    transitions: entity.workflow.transitions.filter((t) => t.from.includes(row.state)).map((t) => ({ key: t.key, label: pickText(t.label, locale), comment: t.comment })),
    history: (row.transitions ?? []).map((t) => ({ transition: t.transition, state: t.toState, comment: t.comment, staffId: t.staffId, at: t.createdAt.toISOString() })),
  };
}

const stateLabel = (entity: BuilderEntityType, state: string, locale: string) =>
  pickText(entity.workflow.states.find((s) => s.key === state)?.label, locale) || state;
