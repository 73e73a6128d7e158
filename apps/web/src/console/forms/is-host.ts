// Mirrors the API's host rule: labels of letters, digits and inner dashes, at least two of them.
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;

export const isHost = (value: string): boolean => HOST.test(value);
