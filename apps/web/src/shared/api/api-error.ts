/** An error answered by the API (or the network), carrying the contract's `code` and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** Structured facts to act on, e.g. the dependencies that are off (`missing_dependency`). */
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

/** Status 0 marks a request that never got an answer. */
export const NETWORK_ERROR = 'network_error';
