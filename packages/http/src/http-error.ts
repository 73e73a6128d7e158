/** An error a person can act on: status, a stable code, a message, and the fields at fault. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Structured facts a client can act on (e.g. the missing dependencies to offer switching on). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const notFound = (what = 'This resource') => new HttpError(404, 'not_found', `${what} was not found.`);
export const unauthorized = () => new HttpError(401, 'unauthenticated', 'Sign in to continue.');
export const forbidden = (message = 'Your account may not do this.') => new HttpError(403, 'forbidden', message);
