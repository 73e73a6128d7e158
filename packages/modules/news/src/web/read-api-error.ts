/** What the platform's API client throws: a status, a message and, for a 400, the fields at fault. */
export interface ApiProblem {
  status: number;
  message: string;
  fields: Record<string, string>;
}

export function readApiError(error: unknown): ApiProblem {
  const e = (error ?? {}) as { status?: unknown; message?: unknown; fields?: unknown };
  return {
    status: typeof e.status === 'number' ? e.status : 0,
    message: typeof e.message === 'string' ? e.message : String(error),
    fields: e.fields && typeof e.fields === 'object' ? (e.fields as Record<string, string>) : {},
  };
}
