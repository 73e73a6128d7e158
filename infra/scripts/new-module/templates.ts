/** Source files of a new module, from its id, display name and author city. */
export interface ModuleSpec {
  id: string;
  /** e.g. "Street trees" */
  title: string;
  /** camelCase export prefix, e.g. "streetTrees" */
  camel: string;
  author: string;
}

export const templates: Record<string, (s: ModuleSpec) => string> = {
  'package.json': (s) => `${JSON.stringify(
    {
      name: `@civitas/module-${s.id}`,
      version: '0.1.0',
      private: true,
      type: 'module',
      exports: { '.': './src/index.ts', './web': './src/web/index.tsx' },
      dependencies: {
        '@civitas/jobs': 'workspace:*',
        '@civitas/module-sdk': 'workspace:*',
        express: '5.3.0',
        react: '19.3.1',
        zod: '4.6.7',
      },
      devDependencies: { '@types/react': '19.3.0' },
    },
    null,
    2,
  )}\n`,

  'src/index.ts': (s) => `export { ${s.camel}Module } from './module.ts';\n`,

  'src/ping-job.ts': (s) => `import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';

/** An example job: every payload carries the city, and the same request always gets the same id. */
export const pingJob = defineJob({
  name: '${s.id}.ping',
  payload: z.object({ tenantId: z.uuid(), requestedAt: z.iso.datetime() }),
  jobId: (p) => \`${s.id}.ping.\${p.tenantId}.\${Date.parse(p.requestedAt)}\`,
});

export const pingHandler = handler(pingJob, async (payload) => ({ pongAt: new Date().toISOString(), requestedAt: payload.requestedAt }));
`,

  'src/module.ts': (s) => `import { defineModule } from '@civitas/module-sdk';
import { Router } from 'express';
import { z } from 'zod';
import { pingHandler, pingJob } from './ping-job.ts';

const settings = z.object({
  greeting: z.string().trim().min(1).max(120).default('Welcome to ${s.title}.').describe('Shown at the top of the page'),
});

/** ${s.title}, built by ${s.author}. */
export const ${s.camel}Module = defineModule({
  id: '${s.id}',
  version: '0.1.0',
  name: { en: '${s.title}' },
  description: { en: 'Describe what ${s.title} does for residents.' },
  author: '${s.author}',
  category: 'services',
  dependsOn: {},
  settings,
  permissions: [{ id: '${s.id}.manage', description: { en: 'Manage ${s.title}' }, defaultRoles: ['admin', 'editor'] }],
  tables: [],
  changelog: [{ version: '0.1.0', date: '${new Date().toISOString().slice(0, 10)}', notes: { en: 'First version.' } }],
  navigation: [{ path: '', label: { en: '${s.title}' } }],
  api: (ctx) => {
    const router = Router();
    router.get('/greeting', (req, res) => {
      res.json({ greeting: ctx.settings<z.infer<typeof settings>>(req).greeting });
    });
    router.post('/ping', ctx.requirePermission('${s.id}.manage'), async (req, res) => {
      const jobId = await ctx.enqueue(pingJob, { tenantId: req.site.face === 'city' ? req.site.tenant.id : '', requestedAt: new Date().toISOString() });
      await ctx.audit(req, { action: '${s.id}.pinged', targetType: 'module', targetId: '${s.id}' });
      res.status(202).json({ jobId });
    });
    return router;
  },
  jobs: () => [pingHandler],
  hooks: {
    // Runs as a job for the city that switched the module on; it must be safe to run twice.
    onEnable: async () => {},
  },
});
`,

  'src/web/index.tsx': (s) => `import { defineModuleWeb, type ModuleWebProps } from '@civitas/module-sdk/web';
import { type ReactNode, useEffect, useState } from 'react';

function Page({ api }: ModuleWebProps) {
  const [greeting, setGreeting] = useState<string | null>(null);
  useEffect(() => {
    api.get<{ greeting: string }>('greeting').then((r) => setGreeting(r.greeting));
  }, [api]);
  return (
    <>
      <h1>${s.title}</h1>
      <p>{greeting ?? '…'}</p>
    </>
  );
}

export default defineModuleWeb<ReactNode>({ Page });
`,

  'src/module.test.ts': (s) => `import { createModuleRegistry, settingsDefaults } from '@civitas/module-sdk';
import { describe, expect, it } from 'vitest';
import { ${s.camel}Module } from './module.ts';

describe('${s.id} module', () => {
  it('registers, with a default for every setting', () => {
    expect(createModuleRegistry([${s.camel}Module]).has('${s.id}')).toBe(true);
    expect(settingsDefaults(${s.camel}Module)).toEqual({ greeting: 'Welcome to ${s.title}.' });
  });
  it('refuses a greeting longer than 120 characters', () => {
    expect(${s.camel}Module.settings.safeParse({ greeting: 'x'.repeat(121) }).success).toBe(false);
  });
});
`,

  'src/module.integration.test.ts': (s) => `import { createModuleRegistry } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${s.camel}Module } from './module.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp({}, createModuleRegistry([${s.camel}Module]));
  await shareModuleAsPlatform(t.runtime.platformDb, '${s.id}', 'test');
});
afterAll(() => t.close());

describe('${s.id} module, through the platform', () => {
  it('answers in a city that switched it on, and only there', async () => {
    const on = await makeTenant(t.runtime.platformDb);
    const off = await makeTenant(t.runtime.platformDb);
    await setEntitlements(t.runtime.platformDb, on.id, ['${s.id}'], 'test');
    const admin = await makeStaff(t.runtime.platformDb, on.id);
    const c = t.client(on.host);
    await c.post('/api/auth/staff/sign-in', await c.csrf()).send({ email: admin.email, password: admin.password }).expect(200);
    await c.post('/api/admin/modules/${s.id}/enable', await c.csrf()).send({}).expect(200);

    const res = await t.client(on.host).get('/api/m/${s.id}/greeting').expect(200);
    expect(res.body.greeting).toBe('Welcome to ${s.title}.');
    await t.client(off.host).get('/api/m/${s.id}/greeting').expect(404);

    const ping = await c.post('/api/m/${s.id}/ping', await c.csrf()).send({}).expect(202);
    expect(ping.body.jobId).toMatch(/^${s.id}\\.ping\\./);
  });
});
`,

  'README.md': (s) => `# ${s.title}

A Civitas module built by ${s.author}. Its whole contribution is declared in \`src/module.ts\`;
its resident page is in \`src/web/index.tsx\`. See CONTRIBUTING.md at the repository root,
"Building a module".
`,
};
