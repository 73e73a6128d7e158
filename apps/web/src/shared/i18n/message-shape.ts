/**
 * The shape of a message catalogue with every leaf widened to string: the English catalogue
 * defines the keys, and typing the others with it makes a missing translation a compile error.
 */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };
