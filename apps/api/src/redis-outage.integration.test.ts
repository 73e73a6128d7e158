import { makeResident, makeStaff, makeTenant, openTestApp, startPrivateRedis } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Redis stopped under a running API (a Redis of this test's own, killed and started again): what
// residents read keeps coming from cached configuration, what needs Redis (sessions, sign-in limits,
// CSRF) is refused at once with a clear 503 rather than hanging, and all of it works again when
// Redis is back, without restarting the API.

let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
let t: Awaited<ReturnType<typeof openTestApp>>;
let paris: Awaited<ReturnType<typeof makeTenant>>;

beforeAll(async () => {
  redis = await startPrivateRedis();
  t = await openTestApp({ REDIS_URL: redis.url });
  paris = await makeTenant(t.runtime.platformDb, { name: 'Paris' });
});

afterAll(async () => {
  await redis?.start().catch(() => undefined);
  await t?.close();
  await redis?.stop();
});

/** A request must be answered, one way or the other, well within this. */
const PROMPT_MS = 3000;
const timed = async <T>(request: PromiseLike<T>) => {
  const started = Date.now();
  const result = await request;
  return { result, ms: Date.now() - started };
};

describe('Redis stopped for a while', () => {
  it('keeps serving residents from cached configuration, refuses what needs Redis with a 503, and recovers', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const signedIn = t.client(paris.host);
    await signedIn.post('/api/auth/resident/sign-in', await signedIn.csrf()).send({ email: resident.email, password: resident.password }).expect(200);
    const anonymous = t.client(paris.host);
    await anonymous.get('/api/site').expect(200);
    // A staff member with the sign-in form open (a session holding its CSRF token).
    const staff = await makeStaff(t.runtime.platformDb, paris.id, 'admin');
    const signingIn = t.client(paris.host);
    const csrf = await signingIn.csrf();

    await redis.stop();

    const site = await timed(anonymous.get('/api/site'));
    expect(site.result.status).toBe(200);
    expect(site.result.body.name).toBe('Paris');
    expect(site.ms).toBeLessThan(PROMPT_MS);

    const session = await timed(signedIn.get('/api/session'));
    expect(session.result.status).toBe(503);
    expect(session.result.body.error).toMatchObject({ code: 'temporarily_unavailable', message: expect.stringMatching(/try again/i) });
    expect(session.ms).toBeLessThan(PROMPT_MS);

    // Signing in needs the session (and the sign-in limits) in Redis: it fails closed, and says so.
    const signIn = await timed(signingIn.post('/api/auth/staff/sign-in', csrf).send(staff));
    expect(signIn.result.status).toBe(503);
    expect(signIn.result.headers['retry-after']).toBe('5');
    expect(signIn.ms).toBeLessThan(PROMPT_MS);

    const ready = await timed(t.client(paris.host).get('/api/ready'));
    expect(ready.result.status).toBe(503);
    expect(ready.result.body.checks).toEqual({ postgres: true, redis: false });
    expect(ready.ms).toBeLessThan(PROMPT_MS);

    await redis.start();
    await expect.poll(async () => (await t.client(paris.host).get('/api/ready')).status, { timeout: 15_000 }).toBe(200);
    // This Redis kept nothing: the session is gone, and the resident is asked to sign in again.
    expect((await signedIn.get('/api/session').expect(200)).body.user).toBeNull();
    await signedIn.post('/api/auth/resident/sign-in', await signedIn.csrf()).send({ email: resident.email, password: resident.password }).expect(200);
    expect((await signedIn.get('/api/session').expect(200)).body.user.email).toBe(resident.email);
  });
});
