import type { Redis } from 'ioredis';

const WINDOW_SECONDS = 15 * 60;
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 8000;
/** Failures on one account within the window that count as a burst worth an audit entry. */
export const FAILURE_BURST = 5;

/**
 * Failed sign-ins per account (city + email), in Redis so every API process shares them. After a
 * few free attempts each further failure waits longer before answering (250 ms, 500 ms, … 8 s), which
 * slows guessing one account from many addresses, where the per-address rate limit does not help.
 */
export class SignInFailures {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  #key(siteKey: string, email: string) {
    return `${this.prefix}:signin-fail:${siteKey}:${email.trim().toLowerCase()}`;
  }

  /** Records a failure; returns the count in the window and how long to wait before answering. */
  async fail(siteKey: string, email: string): Promise<{ count: number; delayMs: number }> {
    const key = this.#key(siteKey, email);
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, WINDOW_SECONDS).exec()) as [[null, number]];
    const over = count - FREE_ATTEMPTS;
    return { count, delayMs: over > 0 ? Math.min(250 * 2 ** (over - 1), MAX_DELAY_MS) : 0 };
  }

  async clear(siteKey: string, email: string): Promise<void> {
    await this.redis.del(this.#key(siteKey, email));
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
