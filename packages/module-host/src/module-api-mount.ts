import { recordAudit, RESIDENT_LABEL } from '@civitas/audit';
import { requireResident, requireStaff } from '@civitas/auth';
import { type AppClient, requireTenantId } from '@civitas/db';
import { forbidden, HttpError } from '@civitas/http';
import type { FileStore } from '@civitas/files';
import type { JobQueues } from '@civitas/jobs';
import type { ModuleContext, ModuleRegistry } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { ModuleSetCache } from './module-set-cache.ts';

declare global {
  namespace Express {
    interface Request {
      moduleSettings?: Record<string, unknown>;
      /** The version of the module this city runs. */
      moduleVersion?: string;
    }
  }
}

/**
 * Mounts each installed module's API under `/api/m/<id>/`, answering only for cities where the
 * module is active: elsewhere its routes do not exist (404). A router is built once per declaration:
 * once per process for a code module, once per published version for a built one.
 */
export function createModuleApiMount(deps: { db: AppClient; registry: ModuleRegistry; cache: ModuleSetCache; jobs: JobQueues; files: FileStore }) {
  const routers = new WeakMap<object, Router>();
  const routerOf = (id: string) => {
    const definition = deps.registry.get(id);
    if (!definition?.api) return undefined;
    let router = routers.get(definition);
    if (!router) {
      router = definition.api(moduleContext(deps, id));
      routers.set(definition, router);
    }
    return router;
  };
  const mount = Router();
  mount.use('/m/:moduleId', async (req: Request, res: Response, next: NextFunction) => {
    const id = String(req.params.moduleId);
    const router = routerOf(id);
    const active = router ? (await deps.cache.get(cityOf(req).id)).get(id) : undefined;
    if (!router || !active) {
      throw new HttpError(404, 'module_not_available', `The module "${id}" is not available in this city.`);
    }
    req.moduleSettings = deps.registry.get(id)!.settings.parse(active.settings);
    req.moduleVersion = active.version;
    router(req, res, next);
  });
  return mount;
}

function moduleContext(deps: { db: AppClient; registry: ModuleRegistry; jobs: JobQueues; files: FileStore }, moduleId: string): ModuleContext {
  const definition = deps.registry.get(moduleId)!;
  const anyStaff = requireStaff(deps.db);
  return {
    db: deps.db,
    settings: <T>(req: Request) => req.moduleSettings as T,
    requirePermission: (permissionId) => {
      const permission = definition.permissions.find((p) => p.id === permissionId);
      if (!permission) throw new Error(`Module ${moduleId} does not declare the permission ${permissionId}`);
      return (req, res, next) =>
        anyStaff(req, res, () => {
          const staff = req.staff!;
          // The role's defaults, or a permission granted to this person in the role editor.
          if (!permission.defaultRoles.includes(staff.role) && !staff.permissions.includes(permissionId)) {
            return next(forbidden(`This needs the ${permissionId} permission.`));
          }
          next();
        }).catch(next);
    },
    requireResident: (options) => requireResident(deps.db, options),
    audit: async (req, entry, tx) => {
      const actor = req.staff
        ? { type: 'staff' as const, id: req.staff.id, label: req.staff.email }
        : req.resident
          ? { type: 'resident' as const, id: req.resident.id, label: RESIDENT_LABEL }
          : { type: 'system' as const, id: null, label: moduleId };
      await recordAudit(tx ?? deps.db, { ...entry, actor, requestId: String(req.id) });
    },
    enqueue: async (job, payload, options) => {
      if (payload.tenantId !== requireTenantId()) throw new Error(`A job of ${moduleId} may only be enqueued for the current city`);
      if (!job.name.startsWith(`${moduleId}.`)) throw new Error(`Job ${job.name} does not belong to module ${moduleId}`);
      return deps.jobs.enqueue(job, payload, options);
    },
    files: {
      put: (bytes, options) => deps.files.put(moduleId, bytes, options),
      read: (id) => deps.files.read(moduleId, id),
    },
  };
}
