import { hashPassword } from '@civitas/auth';
import { createPlatformDatabase } from '@civitas/db';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import { createStaffAccount, setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { HostClient } from './host-client.ts';
import { percentile } from './percentile.ts';
import { PbVoter } from './pb-voter.ts';

const VOTERS = 200;
const CAMPAIGNS = 150;
const BUDGET = 1_000_000;
const COSTS = [100_000, 150_000, 200_000, 250_000, 300_000, 400_000];
const PASSWORD = 'bench voter password';
const API_PROCESSES = Number(process.env.PB_API_PROCESSES ?? 1);
const WARM_UP_MS = 2000;

/**
 * `pnpm bench pb`: 200 signed-in residents submit ballots at once, for `seconds`, each going through
 * the campaigns in voting in its own order (knapsack, one area each). Some ballots are over the
 * budget on purpose (the server must refuse them, 422) and some are sent twice at the same moment
 * (one must win, 201, the other 409). Reports accepted ballots/s and the p99 of every submission,
 * then closes the vote (results counted by the module) and checks the invariants in SQL. Goal:
 * ≥ 800 ballots/s with zero violations.
 */
export async function pbBench(env: BenchEnv, seconds: number) {
  const { cityId, campaigns } = await seed(env);
  // PB_API_PROCESSES (default 1) API processes behind an imaginary load balancer, voters spread over them;
  // PB_NODE_OPTIONS for theirs, e.g. "--max-semi-space-size=64" (a larger young generation: less GC).
  const serverEnv = { SIGN_IN_RATE_LIMIT: '100000', ...(process.env.PB_NODE_OPTIONS ? { NODE_OPTIONS: process.env.PB_NODE_OPTIONS } : {}) };
  const servers = await Promise.all(Array.from({ length: API_PROCESSES }, () => env.start('serve-site.ts', serverEnv)));
  const host = 'pb.localhost';
  const admin = new HostClient(servers[0]!.port, host);
  await admin.signInStaff('admin@pb.test', PASSWORD);
  const enabled = await admin.request('POST', '/api/admin/modules/budget/enable', {});
  if (enabled.status !== 200) throw new Error(`enabling the module failed: ${enabled.status} ${JSON.stringify(enabled.body)}`);

  const voters: PbVoter[] = [];
  for (let i = 0; i < VOTERS; i += 20) {
    const batch = Array.from({ length: Math.min(20, VOTERS - i) }, (_, k) => new PbVoter(servers[(i + k) % servers.length]!.port, host));
    await Promise.all(batch.map((v, k) => v.signIn(`voter${i + k + 1}@pb.test`, PASSWORD)));
    voters.push(...batch);
  }
  console.log(`\n== participatory budget: ${VOTERS} voters submitting ballots at once for ${seconds}s, ${CAMPAIGNS} campaigns in voting, ${API_PROCESSES} API process(es)`);

  const counts = { accepted: 0, overBudget: 0, duplicate: 0, other: 0 };
  const latencies: number[] = [];
  const doubles = { sent: 0, oneWon: 0 };
  let stored = 0;
  // The first two seconds warm the server up (JIT, caches): measured from then on, like the other scenarios.
  const warmUntil = performance.now() + WARM_UP_MS;
  const submit = async (v: PbVoter, c: Campaign, projectIds: string[]) => {
    const sentAt = performance.now();
    const res = await v.request('POST', `/api/m/budget/campaigns/${c.id}/ballots`, { areaId: c.areaId, projectIds });
    if (res.status === 201) stored++;
    if (sentAt < warmUntil) return res.status;
    latencies.push(res.ms);
    if (res.status === 201) counts.accepted++;
    else if (res.status === 422 && res.body?.error?.code === 'knapsack_over_budget') counts.overBudget++;
    else if (res.status === 409 && res.body?.error?.code === 'already_voted') counts.duplicate++;
    else {
      counts.other++;
      if (counts.other <= 3) console.error('unexpected answer', res.status, JSON.stringify(res.body));
    }
    return res.status;
  };

  const until = warmUntil + seconds * 1000;
  await Promise.all(
    voters.map(async (voter) => {
      for (const c of shuffle([...campaigns])) {
        if (performance.now() > until) return;
        const roll = Math.random();
        if (roll < 0.1) {
          await submit(voter, c, c.projectIds); // all six: 1,400,000 > 1,000,000
        } else if (roll < 0.15) {
          // Two tabs at the same moment: exactly one may win.
          const picks = fitting(c);
          const statuses = await Promise.all([submit(voter, c, picks), submit(voter, c, picks)]);
          doubles.sent++;
          if (statuses.filter((s) => s === 201).length === 1 && statuses.filter((s) => s === 409).length === 1) doubles.oneWon++;
        } else {
          await submit(voter, c, fitting(c));
        }
      }
    }),
  );
  const elapsed = (performance.now() - warmUntil) / 1000;

  // Close every vote through the admin API: the module counts the results as the phase changes.
  for (const c of campaigns) {
    const res = await admin.request('POST', `/api/m/budget/admin/campaigns/${c.id}/phase`, { phase: 'results' });
    if (res.status !== 200) throw new Error(`closing ${c.id} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  await Promise.all(servers.map((s) => s.stop()));
  const violations = await checkInvariants(env, cityId, stored);
  await clearQueues(env);

  const rate = counts.accepted / elapsed;
  console.table({
    'ballot submissions': {
      'answered/s': Math.round(latencies.length / elapsed),
      'accepted ballots/s': Math.round(rate),
      'p50 ms': percentile(latencies, 50).toFixed(1),
      'p99 ms': percentile(latencies, 99).toFixed(1),
      accepted: counts.accepted,
      'refused, over budget (422)': counts.overBudget,
      'refused, already voted (409)': counts.duplicate,
      other: counts.other,
    },
  });
  console.log(`double submissions: ${doubles.oneWon} of ${doubles.sent} had exactly one winner`);
  console.table(violations);
  const total = Object.values(violations).reduce((s, v) => s + v.violations, 0) + counts.other + (doubles.sent - doubles.oneWon);
  console.log(`accepted ballots/s: ${Math.round(rate)} (goal ≥ 800; ${Math.round(((counts.overBudget + counts.duplicate) / latencies.length) * 100)}% of the submissions were refused on purpose), violations: ${total} (goal 0)`);
}

interface Campaign {
  id: string;
  areaId: string;
  projectIds: string[];
  costs: number[];
}

/** A random ballot within the budget: projects in random order, each kept while it fits. */
function fitting(c: Campaign) {
  let left = BUDGET;
  const picks: string[] = [];
  for (const i of shuffle(c.projectIds.map((_, k) => k))) {
    if (c.costs[i]! <= left && Math.random() < 0.7) {
      picks.push(c.projectIds[i]!);
      left -= c.costs[i]!;
    }
  }
  return picks.length ? picks : [c.projectIds[0]!];
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The city, its admin, 200 verified residents and the campaigns in voting, each with six projects on the ballot. */
async function seed(env: BenchEnv) {
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  const city = await createBenchCity(platform.platformDb, 'pb');
  await syncCatalogue(platform.platformDb, installedModules);
  await shareModuleAsPlatform(platform.platformDb, 'budget', 'bench');
  await setEntitlements(platform.platformDb, city.id, ['budget'], 'bench');
  const passwordHash = await hashPassword(PASSWORD);
  await createStaffAccount(platform.platformDb, { tenantId: city.id, email: 'admin@pb.test', displayName: 'Admin', role: 'admin', passwordHash });
  await platform.close();

  const db = new pg.Client({ connectionString: env.database.urls.owner });
  await db.connect();
  try {
    await db.query(
      `insert into residents ("tenantId", email, "displayName", "passwordHash", "emailVerifiedAt")
       select $1, 'voter' || i || '@pb.test', 'Voter ' || i, $2, now() from generate_series(1, $3::int) i`,
      [city.id, passwordHash, VOTERS],
    );
    const campaigns = await db.query<{ id: string }>(
      `insert into budget_campaigns ("tenantId", title, currency, "votingMethod", "maxPicks", "thresholdPercent", "areaRule", "preModeration", "minimumAge", phase,
         "ideationAt", "reviewAt", "votingAt", "resultsAt", "followUpAt", "updatedAt")
       select $1, 'Bench campaign ' || i, 'EUR', 'knapsack', 5, 70, 'one_area', false, 0, 'voting',
         now() - interval '30 days', now() - interval '20 days', now() - interval '1 day', now() + interval '30 days', now() + interval '60 days', now()
       from generate_series(1, $2::int) i returning id`,
      [city.id, CAMPAIGNS],
    );
    const out: Campaign[] = [];
    for (const { id } of campaigns.rows) {
      const area = await db.query<{ id: string }>(
        `insert into budget_areas ("tenantId", "campaignId", name, kind, budget, position) values ($1, $2, 'Whole city', 'city', $3, 0) returning id`,
        [city.id, id, BUDGET],
      );
      const projects = await db.query<{ id: string; cost: string }>(
        `insert into budget_projects ("tenantId", "campaignId", "areaId", title, description, address, "estimatedCost", "finalCost", status, feasibility, eligible, "updatedAt")
         select $1, $2, $3, 'Project ' || c, 'A bench project.', 'Main square', c, c, 'published', 'feasible', true, now() from unnest($4::bigint[]) c
         returning id, "finalCost" as cost`,
        [city.id, id, area.rows[0]!.id, COSTS],
      );
      out.push({ id, areaId: area.rows[0]!.id, projectIds: projects.rows.map((p) => p.id), costs: projects.rows.map((p) => Number(p.cost)) });
    }
    return { cityId: city.id, campaigns: out };
  } finally {
    await db.end();
  }
}

/** What must hold whatever the load: each count is a number of violations. */
async function checkInvariants(env: BenchEnv, cityId: string, accepted: number) {
  const db = new pg.Client({ connectionString: env.database.urls.owner });
  await db.connect();
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql, [cityId])).rows[0]!.n);
  try {
    return {
      'residents with two ballots in an area': {
        violations: await count(`select count(*) n from (select 1 from budget_ballots where "tenantId" = $1 group by "campaignId", "areaId", "residentId" having count(*) > 1) d`),
      },
      'ballots over the area budget': {
        violations: await count(`select count(*) n from budget_ballots b join budget_areas a on a."tenantId" = b."tenantId" and a.id = b."areaId" where b."tenantId" = $1 and b."totalCost" > a.budget`),
      },
      'ballot totals ≠ sum of their projects': {
        violations: await count(
          `select count(*) n from budget_ballots b where b."tenantId" = $1 and b."totalCost" <> (
             select coalesce(sum(coalesce(p."finalCost", p."estimatedCost")), 0) from budget_ballot_lines l
             join budget_projects p on p."tenantId" = l."tenantId" and p.id = l."projectId" where l."tenantId" = b."tenantId" and l."ballotId" = b.id)`,
        ),
      },
      'empty ballots': {
        violations: await count(`select count(*) n from budget_ballots b where b."tenantId" = $1 and not exists (select 1 from budget_ballot_lines l where l."tenantId" = b."tenantId" and l."ballotId" = b.id)`),
      },
      'stored ballots ≠ 201 answers': {
        violations: Math.abs((await count(`select count(*) n from budget_ballots where "tenantId" = $1`)) - accepted),
      },
      'result votes ≠ ballots for the project': {
        violations: await count(
          `select count(*) n from budget_projects p left join budget_results r on r."tenantId" = p."tenantId" and r."projectId" = p.id
           where p."tenantId" = $1 and coalesce(r.votes, -1) <> (select count(*) from budget_ballot_lines l where l."tenantId" = p."tenantId" and l."projectId" = p.id)`,
        ),
      },
      'areas funded over their budget': {
        violations: await count(
          `select count(*) n from budget_areas a where a."tenantId" = $1 and a.budget < (select coalesce(sum(r.cost), 0) from budget_results r where r."tenantId" = a."tenantId" and r."areaId" = a.id and r.funded)`,
        ),
      },
    };
  } finally {
    await db.end();
  }
}

/** The confirmation emails this run enqueued (no worker sends them here). */
async function clearQueues(env: BenchEnv) {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  for (const name of ['budget.confirm-ballots', 'budget.advance-phase', 'budget.notify-results', 'modules.lifecycle']) {
    const queue = new Queue(name, { connection: redis, prefix: `${env.env.REDIS_PREFIX}:bull` });
    await queue.obliterate({ force: true });
    await queue.close();
  }
  redis.disconnect();
}
