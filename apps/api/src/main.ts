import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '@civitas/config';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import { openRuntime } from '@civitas/runtime';
import { createApp } from './create-app.ts';

const config = loadConfigOrExit();

const runtime = await openRuntime(config, { name: 'api', registry: installedModules });
await syncCatalogue(runtime.platformDb, installedModules);
const webDistDir = config.WEB_DIST_DIR ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const app = createApp({ ...runtime, webDistDir });
const server = app.listen(config.PORT, () => {
  runtime.logger.info(
    { port: config.PORT },
    `Civitas API listening: http://console.${config.BASE_DOMAIN}:${config.PORT}/ and http://<city>.${config.BASE_DOMAIN}:${config.PORT}/`,
  );
});

// Graceful stop: refuse new connections, let requests in flight finish, then close connections.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'stopping: finishing requests in flight');
    server.close(async () => {
      await runtime.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 15_000).unref();
  });
}
