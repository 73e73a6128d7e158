import type { z } from 'zod';
import { HttpError } from './http-error.ts';

/** Validates input at the edge; a failure becomes a 400 naming each field and what is wrong with it. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || where;
    fields[path] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ');
  throw new HttpError(400, 'invalid_input', `The request ${where} is not valid. ${summary}`, fields);
}
