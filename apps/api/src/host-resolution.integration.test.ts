import { HostResolver, findTenantByHost } from '@civitas/tenancy';
import { makeTenant, openTestApp, testConfig } from '@civitas/testing';
import { Redis } from 'ioredis';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './create-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: Awaited<ReturnType<typeof makeTenant>>;
let other: Awaited<ReturnType<typeof makeTenant>>;
let suspended: Awaited<ReturnType<typeof makeTenant>>;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.runtime.platformDb;
  city = await makeTenant(db, { name: 'Lyon', extraHosts: [`www-${Date.now()}.lyon.example`] });
  other = await makeTenant(db, { name: 'Nantes', locales: ['fr'] });
  suspended = await makeTenant(db, { name: 'Sleepy', status: 'suspended' });
});
afterAll(() => t.close());

describe('host → city', () => {
  it('serves a city on its subdomain, with its own name and locales', async () => {
    const res = await t.client(city.host).get('/api/site').expect(200);
    expect(res.body).toMatchObject({ slug: city.slug, name: 'Lyon', locales: ['en', 'fr'], defaultLocale: 'en', modules: [] });
    expect(res.body.branding.colors.primary).toMatch(/^#/);
    const res2 = await t.client(other.host).get('/api/site').expect(200);
    expect(res2.body).toMatchObject({ slug: other.slug, name: 'Nantes', locales: ['fr'] });
  });

  it('serves a city on a custom domain when that domain is primary', async () => {
    const custom = `portal-${Date.now()}.rennes.example`;
    const rennes = await makeTenant(t.runtime.platformDb, { name: 'Rennes' });
    await t.runtime.platformDb.tenantDomain.updateMany({ where: { tenantId: rennes.id, primary: true }, data: { primary: null } });
    await t.runtime.platformDb.tenantDomain.create({ data: { tenantId: rennes.id, host: custom, primary: true } });
    await t.runtime.resolver.invalidateTenant(rennes.id);
    const res = await t.client(custom).get('/api/site').expect(200);
    expect(res.body.name).toBe('Rennes');
    const redirect = await t.client(rennes.host).get('/api/site').expect(301);
    expect(redirect.headers.location).toBe(`http://${custom}:3000/api/site`);
  });

  it('answers 301 from a secondary domain to the stored primary, keeping the path', async () => {
    const secondary = (await t.runtime.platformDb.tenantDomain.findFirst({ where: { tenantId: city.id, primary: null } }))!.host;
    const res = await t.client(secondary).get('/some/page?x=1').expect(301);
    expect(res.headers.location).toBe(`http://${city.host}:3000/some/page?x=1`);
  });

  it('answers 404 for an unknown host, as JSON on the API and as a page elsewhere', async () => {
    const api = await t.client('nowhere.localhost').get('/api/site').expect(404);
    expect(api.body.error.code).toBe('unknown_host');
    const page = await t.client('nowhere.localhost').get('/').expect(404);
    expect(page.text).toMatch(/<html lang="en">/);
    expect(page.text).toMatch(/No city is served on this address/);
  });

  it('answers 503 with a maintenance page for a suspended city', async () => {
    const page = await t.client(suspended.host).get('/').expect(503);
    expect(page.headers['retry-after']).toBe('3600');
    expect(page.text).toMatch(/Sleepy is temporarily unavailable/);
    const api = await t.client(suspended.host).get('/api/site').expect(503);
    expect(api.body.error.code).toBe('tenant_suspended');
  });

  it('ignores a spoofed X-Forwarded-Host when no proxy is trusted', async () => {
    const res = await t.client(city.host).get('/api/site').set('X-Forwarded-Host', other.host).expect(200);
    expect(res.body.slug).toBe(city.slug);
  });

  it('honours X-Forwarded-Host from a trusted proxy hop', async () => {
    const proxied = createApp({ ...t.runtime, config: testConfig({ TRUST_PROXY_HOPS: '1' }), webDistDir: '/nonexistent' });
    const res = await supertest(proxied).get('/api/site').set('Host', city.host).set('X-Forwarded-Host', other.host).expect(200);
    expect(res.body.slug).toBe(other.slug);
  });

  it('answers health on any host and readiness with both dependencies', async () => {
    await t.client('anything.invalid').get('/api/health').expect(200, { status: 'ok' });
    const ready = await t.client('anything.invalid').get('/api/ready').expect(200);
    expect(ready.body.checks).toEqual({ postgres: true, redis: true });
  });
});

describe('host cache invalidation', () => {
  it('reaches a second process through Redis pub/sub', async () => {
    const config = t.runtime.config;
    const channel = `${config.REDIS_PREFIX}:tenant-cache`;
    const publisher = new Redis(config.REDIS_URL);
    const subscriber = new Redis(config.REDIS_URL);
    const lookups: string[] = [];
    // A second resolver, as another API process would hold, with a TTL long enough that only invalidation can refresh it.
    const second = new HostResolver(
      (host) => {
        lookups.push(host);
        return findTenantByHost(t.runtime.platformDb, host);
      },
      { ttlMs: 3_600_000, channel, publisher },
    );
    await second.listen(subscriber);
    try {
      const before = await second.resolve(city.host);
      await second.resolve(city.host);
      expect(lookups).toHaveLength(1);
      await t.runtime.platformDb.tenant.update({ where: { id: city.id }, data: { name: 'Lyon Métropole' } });
      await t.runtime.resolver.invalidateTenant(city.id);
      await expect.poll(async () => {
        const r = await second.resolve(city.host);
        return r.kind === 'tenant' ? r.tenant.name : null;
      }).toBe('Lyon Métropole');
      expect(before.kind === 'tenant' && before.tenant.name).toBe('Lyon');
      expect(lookups).toHaveLength(2);
    } finally {
      await second.close();
      publisher.disconnect();
      subscriber.disconnect();
    }
  });
});
