import { cityOf } from '@civitas/tenancy';
import type { Request } from 'express';
import { z } from 'zod';
import type { CityRef } from './budget-mail.ts';

/** What a job needs to know about the city to write to its residents, carried in its payload. */
export const cityRefPayload = z.object({ name: z.string().min(1).max(200), host: z.string().min(1).max(253), defaultLocale: z.string().max(35) });

export function cityRefOf(req: Request): CityRef {
  const city = cityOf(req);
  return { name: city.name, host: city.primaryHost, defaultLocale: city.defaultLocale };
}
