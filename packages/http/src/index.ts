export { HttpError, notFound, unauthorized, forbidden } from './http-error.ts';
export { parseInput } from './parse-body.ts';
export { errorHandler } from './error-handler.ts';
