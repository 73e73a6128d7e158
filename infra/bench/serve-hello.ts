import { precomputedHeaders, securityHeaderOptions } from '@civitas/http';
import express from 'express';
import helmet from 'helmet';

// The baseline: a bare Express 5 app answering a small JSON document. HELLO_HEADERS=helmet adds
// helmet per request, =precomputed the same headers computed once: what helmet itself costs.
const app = express();
const headers = process.env.HELLO_HEADERS;
const options = securityHeaderOptions({ secureCookies: false });
if (headers === 'helmet') app.use(helmet(options));
if (headers === 'precomputed') app.use(precomputedHeaders(helmet(options)).handler);
app.get('/api/site', (_req, res) => {
  res.json({ hello: 'world' });
});
const server = app.listen(0, () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
