import { createApp } from '@civitas/api';
import { loadConfig } from '@civitas/config';
import { installedModules } from '@civitas/installed-modules';
import { openRuntime } from '@civitas/runtime';

// The real Civitas HTTP app (helmet, request ids, host resolution, sessions, CSRF) over real services.
const runtime = await openRuntime(loadConfig(), { name: 'bench', registry: installedModules });
const app = createApp({ ...runtime, webDistDir: '/nonexistent' });
const server = app.listen(0, () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () =>
  server.close(async () => {
    await runtime.close();
    process.exit(0);
  }),
);
