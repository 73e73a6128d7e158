import type { AccountMailer } from '@civitas/auth';
import { endSession, requireResident, verifyPassword } from '@civitas/auth';
import type { AppClient } from '@civitas/db';
import { HttpError, notFound, parseInput } from '@civitas/http';
import type { JobQueues } from '@civitas/jobs';
import type { LocalizedText, ModuleRegistry } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import { Router } from 'express';
import { z } from 'zod';
import { eraseResident } from './erase-resident.ts';
import { privacyExportJob } from './privacy-export-job.ts';
import { createPrivacyExport, findPendingExport, findPrivacyExport, listPrivacyExports } from './privacy-export-repository.ts';

/** The platform's own statements; each module adds what it keeps. */
const CORE_STATEMENTS: LocalizedText[] = [
  {
    en: 'Your account: name, email address and a one-way hash of your password, to let you sign in. Optional: district and birth year, which some services use to decide who may take part.',
    fr: 'Votre compte : nom, adresse e-mail et une empreinte irréversible de votre mot de passe, pour vous connecter. Facultatif : quartier et année de naissance, utilisés par certains services pour savoir qui peut participer.',
    hu: 'Fiókja: név, e-mail-cím és jelszavának visszafejthetetlen lenyomata a bejelentkezéshez. Nem kötelező: kerület és születési év, amelyek alapján egyes szolgáltatások eldöntik, ki vehet részt.',
    es: 'Su cuenta: nombre, correo electrónico y un resumen irreversible de su contraseña, para iniciar sesión. Opcional: distrito y año de nacimiento, que algunos servicios usan para saber quién puede participar.',
  },
  {
    en: 'A record of security events on your account (sign-ins, password changes), kept to protect it. It names you only by an internal number.',
    fr: 'Un journal des événements de sécurité de votre compte (connexions, changements de mot de passe), conservé pour le protéger. Il ne vous désigne que par un numéro interne.',
    hu: 'Fiókja biztonsági eseményeinek naplója (bejelentkezések, jelszóváltozások) a fiók védelmére. Csak belső azonosítóval hivatkozik Önre.',
    es: 'Un registro de los eventos de seguridad de su cuenta (inicios de sesión, cambios de contraseña), para protegerla. Solo le identifica con un número interno.',
  },
];

export interface PrivacyDeps {
  db: AppClient;
  registry: ModuleRegistry;
  jobs: JobQueues;
  mailer: AccountMailer;
  /** The modules switched on in a city (the module host's cached module set). */
  activeModules: (tenantId: string) => Promise<ReadonlyMap<string, unknown>>;
}

/** "Download my data", "delete my account", and the city's privacy statement. */
export function createPrivacyRouter({ db, registry, jobs, mailer, activeModules }: PrivacyDeps) {
  const router = Router();
  const signedIn = requireResident(db);

  // What this city keeps: the platform's statements and those of the modules it has switched on.
  // (Download and erasure still ask every module: one switched off may hold data from before.)
  router.get('/site/privacy', async (req, res) => {
    const active = await activeModules(cityOf(req).id);
    res.json({
      statements: [
        ...CORE_STATEMENTS.map((text) => ({ source: 'account', text })),
        ...registry.list.filter((m) => m.privacy && active.has(m.id)).map((m) => ({ source: m.id, name: m.name, text: m.privacy!.keeps })),
      ],
    });
  });

  router.post('/account/exports', signedIn, async (req, res) => {
    const tenantId = cityOf(req).id;
    if (await findPendingExport(db, req.resident!.id)) {
      throw new HttpError(409, 'export_in_progress', 'Your data is already being gathered. We will email you when it is ready.');
    }
    const created = await createPrivacyExport(db, req.resident!.id);
    await jobs.enqueue(privacyExportJob, { tenantId, exportId: created.id });
    res.status(202).json({ export: created });
  });

  router.get('/account/exports', signedIn, async (req, res) => {
    res.json({ exports: await listPrivacyExports(db, req.resident!.id) });
  });

  router.get('/account/exports/:id/download', signedIn, async (req, res) => {
    const id = z.uuid().safeParse(req.params.id);
    const found = id.success ? await findPrivacyExport(db, id.data) : null;
    if (!found || found.residentId !== req.resident!.id || found.expiresAt <= new Date()) throw notFound('This export');
    if (found.status !== 'ready' || !found.archive) throw new HttpError(409, 'export_not_ready', 'This export is not ready yet.');
    const day = found.createdAt.toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${cityOf(req).slug}-my-data-${day}.zip"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(Buffer.from(found.archive));
  });

  router.delete('/account', signedIn, async (req, res) => {
    const body = parseInput(z.object({ password: z.string().min(1, 'is required'), confirm: z.literal('DELETE', 'type DELETE to confirm') }), req.body);
    const resident = req.resident!;
    if (!(await verifyPassword(resident.passwordHash, body.password))) {
      throw new HttpError(400, 'invalid_input', 'Your password is not correct.', { password: 'is not correct' });
    }
    const tenant = cityOf(req);
    await eraseResident(db, registry, tenant.id, resident.id);
    await mailer.send({
      tenant,
      key: `account-deleted.${resident.id}`,
      template: 'account-deleted',
      locale: resident.locale ?? tenant.defaultLocale,
      to: resident.email,
      data: { cityName: tenant.name, displayName: resident.displayName },
    });
    await endSession(req);
    res.status(204).end();
  });

  return router;
}
