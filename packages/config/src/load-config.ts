import { isIP } from 'node:net';
import { z } from 'zod';

const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const ipEntries = (v: string) => (v.trim() === 'none' ? [] : v.split(',').map((e) => e.trim()).filter(Boolean));

/** An IP address, or a CIDR range whose prefix fits its family. */
const isIpOrCidr = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
};

const ipList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .superRefine((v, ctx) => {
      for (const entry of ipEntries(v).filter((e) => !isIpOrCidr(e))) {
        ctx.addIssue({
          code: 'custom',
          message: `"${entry}" is not an IP address or CIDR range (such as 10.0.0.0/8 or fd00::/8); separate entries with commas, or write none`,
        });
      }
    })
    .transform(ipEntries);

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: int(1, 65535).default(3000),
  BASE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'must be a lower-case host name such as localhost or civitas.example')
    .default('localhost'),
  /** The application role: owns no table, has no BYPASSRLS. */
  DATABASE_URL: url(['postgresql:', 'postgres:']).default('postgresql://civitas_app@127.0.0.1:5432/civitas'),
  /** The platform role: cross-tenant operator work only. */
  PLATFORM_DATABASE_URL: url(['postgresql:', 'postgres:']).default(
    'postgresql://civitas_platform@127.0.0.1:5432/civitas',
  ),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  /** Prefix for every Redis key, channel and queue, so several deployments (or test runs) share one server. */
  REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('civitas'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default('civitas-development-session-secret-change-me'),
  /** How many reverse proxies in front of the API may set X-Forwarded-* headers. 0 = trust none. */
  TRUST_PROXY_HOPS: int(0, 10).default(0),
  /** Serve cookies with Secure and the __Host- prefix. */
  SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  CONSOLE_HOST_LABEL: z.string().regex(/^[a-z0-9-]+$/).default('console'),
  HOST_CACHE_TTL_MS: int(0).default(30_000),
  SIGN_IN_RATE_LIMIT: int(1).default(10),
  SIGN_IN_RATE_WINDOW_MS: int(1000).default(15 * 60_000),
  WEB_DIST_DIR: z.string().optional(),
  /** Where the file store keeps uploads (pictures, attachments), one folder per city. */
  FILES_DIR: z.string().min(1).default('var/files'),
  /** Where outgoing mail goes: a relay in production, the dev mail catcher (`pnpm mail:catcher`) locally. */
  SMTP_URL: url(['smtp:', 'smtps:']).default('smtp://127.0.0.1:1025'),
  /** Sender domain for every city's mail (no-reply@<this>); unset, each city sends from its primary host. */
  MAIL_FROM_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'must be a lower-case domain such as civitas.example')
    .optional(),
  /** Port of the dev mail catcher; unset, it listens on the port of SMTP_URL. */
  MAIL_CATCHER_PORT: int(1, 65535).optional(),
  /** How long a provisioning step may stay silent before another worker takes it over (after a crash). */
  PROVISIONING_LOCK_MS: int(1000).default(30_000),
  /** How often each worker enqueues the modules' sweeps (re-deriving delayed work from PostgreSQL). */
  SWEEP_INTERVAL_MS: int(1000).default(60_000),
  /**
   * Who may read /metrics without the token: IP addresses and CIDR ranges, comma-separated, matched
   * against the client address (behind a proxy only as far as TRUST_PROXY_HOPS allows); "none" for token only.
   */
  METRICS_ALLOWED_IPS: ipList('127.0.0.1,::1'),
  /** Bearer token that opens /metrics from any address; unset, only METRICS_ALLOWED_IPS can read it. */
  METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters (for example the output of: openssl rand -hex 32)')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `sampled`: every non-2xx answer, every write, every request over 500 ms, and 1 % of the rest. */
  ACCESS_LOG: z.enum(['all', 'sampled', 'off']).default('sampled'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; every bad variable is named in one error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.SESSION_SECRET.includes('development')) {
    throw new ConfigError(['SESSION_SECRET: set a secret of your own in production']);
  }
  return parsed.data;
}

/** For process entry points: a bad environment prints every problem and exits with status 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
