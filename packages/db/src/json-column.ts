import { Prisma } from './generated/client.ts';

/** A value for a nullable Json column: SQL NULL for absent values. */
export const jsonColumn = (v: unknown) => (v === undefined || v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue));
