export { HttpError, notFound, unauthorized, forbidden } from './http-error.ts';
export { parseInput } from './parse-body.ts';
export { errorHandler } from './error-handler.ts';
export { precomputedHeaders } from './precomputed-headers.ts';
export { securityHeaderOptions } from './security-headers.ts';
export { oneLayer } from './one-layer.ts';
