import express from 'express';

// The baseline: a bare Express 5 app answering a small JSON document.
const app = express();
app.get('/api/site', (_req, res) => {
  res.json({ hello: 'world' });
});
const server = app.listen(0, () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
