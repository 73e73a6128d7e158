import type { BuilderEntityType, BuilderListPage } from '@civitas/module-sdk/builder';
import { z } from 'zod';

const isoDay = z.iso.date('must be a date as YYYY-MM-DD');

/**
 * The query of a resident list: `?district=d5` for a choice or yes/no filter, `?startDate.from=`
 * and `?startDate.to=` for a date filter, `?page=`, `?locale=`. Anything else is refused, naming it.
 */
export function listQuerySchema(entity: BuilderEntityType, page: BuilderListPage) {
  const shape: Record<string, z.ZodType> = {
    page: z.coerce.number().int().min(1, 'must be 1 or more').max(10_000).default(1),
    // The language of the labels in the answer (read by the router).
    locale: z.string().max(10).optional(),
  };
  for (const key of page.filters) {
    const field = entity.fields.find((f) => f.key === key)!;
    if (field.type === 'singleChoice' || field.type === 'multipleChoice') {
      shape[key] = z.enum(field.options.map((o) => o.value) as [string, ...string[]], 'is not one of the options').optional();
    } else if (field.type === 'yesNo') {
      shape[key] = z.enum(['true', 'false'], 'must be true or false').optional();
    } else {
      shape[`${key}.from`] = isoDay.optional();
      shape[`${key}.to`] = isoDay.optional();
    }
  }
  return z
    .strictObject(shape)
    .transform((q) => {
      const filters: { field: string; equals?: string; from?: string; to?: string }[] = [];
      for (const key of page.filters) {
        if (typeof q[key] === 'string') filters.push({ field: key, equals: q[key] as string });
        const from = q[`${key}.from`] as string | undefined;
        const to = q[`${key}.to`] as string | undefined;
        if (from || to) filters.push({ field: key, from, to });
      }
      return { page: q.page as number, filters };
    });
}
