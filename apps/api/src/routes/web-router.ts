import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built web faces: the operator console on the console host, the city admin under
 * /admin on a city host, the resident portal everywhere else on a city host.
 */
export function createWebRouter(distDir: string) {
  const router = Router();
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  const page = (file: string) => {
    const path = join(distDir, file);
    return (_req: express.Request, res: express.Response) => {
      if (!existsSync(path)) {
        return res.status(503).type('text').send(`The web app is not built yet: run "pnpm build:web" (missing ${file}).`);
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path);
    };
  };
  const consolePage = page('console.html');
  const adminPage = page('admin.html');
  const portalPage = page('index.html');
  router.get(/.*/, (req, res) => {
    if (req.site.face === 'console') return consolePage(req, res);
    if (req.path === '/admin' || req.path.startsWith('/admin/')) return adminPage(req, res);
    return portalPage(req, res);
  });
  return router;
}
