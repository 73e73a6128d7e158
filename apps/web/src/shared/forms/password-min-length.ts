/** Mirrors the API's PASSWORD_MIN_LENGTH (@civitas/auth), which is server-only code. */
export const PASSWORD_MIN_LENGTH = 10;
