import { z } from 'zod';

/** Keys of fields, states, forms…: safe in a JSON path and in an SQL expression index. */
export const builderKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'must start with a lower-case letter and hold only letters and digits (at most 40)');

export const CONDITION_OPERATORS = ['equals', 'notEquals', 'in', 'notIn', 'contains', 'isSet', 'isNotSet', 'greaterThan', 'lessThan'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

const scalar = z.union([z.string().max(500), z.number(), z.boolean()]);

/**
 * "Show this field only when another field has a given value": data, never code. The operators
 * needing no value are `isSet` and `isNotSet`; `in`/`notIn` take a list.
 */
export const conditionSchema = z
  .object({
    field: builderKey,
    operator: z.enum(CONDITION_OPERATORS),
    value: z.union([scalar, z.array(scalar).max(100)]).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const needsList = c.operator === 'in' || c.operator === 'notIn';
    const needsNone = c.operator === 'isSet' || c.operator === 'isNotSet';
    if (needsNone && c.value !== undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: `"${c.operator}" takes no value` });
    if (!needsNone && c.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: `"${c.operator}" needs a value` });
    if (needsList && c.value !== undefined && !Array.isArray(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${c.operator}" needs a list of values` });
    }
    if (!needsList && Array.isArray(c.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `"${c.operator}" takes a single value` });
    if ((c.operator === 'greaterThan' || c.operator === 'lessThan') && typeof c.value === 'boolean') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${c.operator}" compares numbers or dates` });
    }
  });

export type Condition = z.infer<typeof conditionSchema>;
