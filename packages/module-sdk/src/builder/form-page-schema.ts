import { z } from 'zod';
import { builderKey } from './condition-schema.ts';
import { BUILDER_LIMITS as L } from './limits.ts';
import { builderText } from './localized-text.ts';

export const SUBMITTERS = ['anyone', 'resident', 'verifiedResident', 'staff'] as const;
export type Submitters = (typeof SUBMITTERS)[number];

export const formSchema = z
  .object({
    key: builderKey,
    entityType: builderKey,
    title: builderText(L.label),
    intro: builderText(L.description).optional(),
    submitters: z.enum(SUBMITTERS).default('resident'),
    /** `once`: one entry per resident (so not for anonymous visitors). */
    frequency: z.enum(['once', 'many']).default('many'),
    opensAt: z.iso.datetime({ offset: true, message: 'must be a date and time with its offset' }).optional(),
    closesAt: z.iso.datetime({ offset: true, message: 'must be a date and time with its offset' }).optional(),
    confirmation: builderText(L.description),
    /** The fields the form asks for, in order; all the entity type's resident fields when absent. */
    fields: z.array(builderKey).max(L.fieldsPerEntityType).optional(),
  })
  .strict();

const listPage = z
  .object({
    kind: z.literal('list'),
    key: builderKey,
    entityType: builderKey,
    title: builderText(L.label),
    intro: builderText(L.description).optional(),
    /** `public`: anyone may read it; `resident`: signed-in residents of the city. */
    audience: z.enum(['public', 'resident']).default('public'),
    columns: z.array(builderKey).min(1, 'needs at least one column').max(L.columnsPerList, `at most ${L.columnsPerList} columns`),
    filters: z.array(builderKey).max(L.filtersPerList, `at most ${L.filtersPerList} filters`).default([]),
    /** Only entries in these states are listed (e.g. approved permits); every state when absent. */
    states: z.array(builderKey).min(1).optional(),
    pageSize: z.int().min(1).max(L.listPageSize, `must be at most ${L.listPageSize}`).default(20),
    /** The fields of the detail page; no detail page when absent. */
    detailFields: z.array(builderKey).max(L.fieldsPerEntityType).optional(),
  })
  .strict();

const minePage = z
  .object({ kind: z.literal('mine'), key: builderKey, entityType: builderKey, title: builderText(L.label) })
  .strict();

export const pageSchema = z.discriminatedUnion('kind', [listPage, minePage]);

export type BuilderForm = z.infer<typeof formSchema>;
export type BuilderPage = z.infer<typeof pageSchema>;
export type BuilderListPage = z.infer<typeof listPage>;
