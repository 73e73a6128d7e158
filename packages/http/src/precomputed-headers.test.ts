import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { precomputedHeaders } from './precomputed-headers.ts';

describe('precomputedHeaders', () => {
  it('sets exactly the headers the library sets per request', async () => {
    const options = { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], objectSrc: ["'none'"] } } };
    const perRequest = express().use(helmet(options)).get('/', (_req, res) => res.send('ok'));
    const once = express().use(precomputedHeaders(helmet(options)).handler).get('/', (_req, res) => res.send('ok'));
    const [a, b] = await Promise.all([request(perRequest).get('/'), request(once).get('/')]);
    const security = (h: Record<string, string>) =>
      Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'etag', 'content-length', 'content-type', 'x-powered-by'].includes(k)));
    expect(security(b.headers)).toEqual(security(a.headers));
    expect(b.headers['content-security-policy']).toContain("object-src 'none'");
    expect(Object.keys(security(b.headers)).length).toBeGreaterThan(8);
  });

  it('refuses a middleware that does not finish at once', () => {
    expect(() => precomputedHeaders((_req, _res, next) => setTimeout(next, 0))).toThrow(/synchronously/);
  });
});
