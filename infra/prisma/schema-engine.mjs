#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI cannot download here (no internet).
// It speaks the binary's protocol to the Prisma CLI and runs the official WebAssembly build of the same
// engine (@prisma/schema-engine-wasm) over @prisma/adapter-pg. Used through PRISMA_SCHEMA_ENGINE_BINARY,
// see infra/scripts/migrate.sh.
//
//   <bin> --datasource '{"url":...}' cli <can-connect-to-database|create-database|drop-database>
//       one-shot: answer by exit code; errors as a JSON log line on stderr carrying fields.error_code.
//   <bin> --datamodels <file>... --datasource '<json>' [--enabled-preview-features x] [--extension-types json]
//       JSON-RPC 2.0, one message per line on stdin/stdout; logs as JSON lines on stderr.
//
// It leans on Prisma internals: keep prisma, @prisma/adapter-pg, @prisma/driver-adapter-utils and
// @prisma/schema-engine-wasm pinned, and prisma/migrate.integration.test.ts green when bumping them.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// pnpm keeps these as root devDependencies: resolve them from the repository root, not from this file.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const { PrismaPg } = require('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
const pg = createRequire(require.resolve('@prisma/adapter-pg'))('pg'); // the very copy adapter-pg uses

// adapter-pg 7.10.1 has no column type for Postgres' internal "char" (oid 18), which the engine's catalog
// queries return (relkind, contype, ...) and which it then rejects as "could not be deserialized": read it as text.
const handleRowDescription = pg.Query.prototype.handleRowDescription;
pg.Query.prototype.handleRowDescription = function (msg) {
  for (const field of msg.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return handleRowDescription.call(this, msg);
};

// ---- arguments -------------------------------------------------------------------------------------
const opts = { datamodels: [], datasource: {} };
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (arg === '--datamodels') opts.datamodels.push(process.argv[++i]);
  else if (arg === '--datasource') opts.datasource = JSON.parse(process.argv[++i]);
  else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++; // nothing to do for Postgres
  else if (arg === 'cli') opts.cliCommand = process.argv[++i];
  else if (arg === '--version') opts.version = true;
  else {
    log('ERROR', `unexpected argument ${arg}`);
    process.exit(1);
  }
}
const { url, shadowDatabaseUrl } = opts.datasource;

function log(level, message, extra = {}) {
  const fields = { message, ...extra };
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' }) + '\n');
}

// ---- plain-pg helpers (database-level work the adapter cannot do) ---------------------------------------
const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const databaseOf = (u) => decodeURIComponent(new URL(u).pathname.slice(1));
const location = (u) => { const { hostname, port } = new URL(u); return `${hostname}:${port || 5432}`; };
function withDatabase(u, database) {
  const next = new URL(u);
  next.pathname = '/' + encodeURIComponent(database);
  return next.toString();
}
const sameDatabase = (a, b) => location(a) === location(b) && databaseOf(a) === databaseOf(b);

// CREATE/DROP DATABASE must run from another database: use the server's maintenance database.
async function adminQuery(u, sql) {
  const client = new pg.Client({ connectionString: withDatabase(u, 'postgres') });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

// Error codes the CLI acts on (P1003 makes `migrate deploy`/`dev` create the database first).
function errorCode(err) {
  if (err.code === '3D000') return 'P1003';
  if (err.code === '28P01' || err.code === '28000') return 'P1000';
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(err.code)) return 'P1001';
  return undefined;
}
function errorMessage(code, err, u) {
  const db = databaseOf(u), at = location(u);
  switch (code) {
    case 'P1003': return `Database \`${db}\` does not exist on the database server at \`${at}\`.`;
    case 'P1001': return `Can't reach database server at \`${at}\``;
    default: return err.message;
  }
}

async function runCliCommand(command) {
  // The CLI drops the first stderr line before parsing the rest as JSON, as the native binary logs a banner.
  log('INFO', `Starting schema engine CLI (wasm stand-in): ${command}`);
  try {
    if (!url) throw new Error('no datasource url given');
    if (command === 'can-connect-to-database') {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.end();
    } else if (command === 'create-database') await adminQuery(url, `CREATE DATABASE ${quote(databaseOf(url))}`);
    else if (command === 'drop-database') await adminQuery(url, `DROP DATABASE ${quote(databaseOf(url))}`);
    else throw new Error(`unknown cli command ${command}`);
    return 0;
  } catch (err) {
    const code = errorCode(err);
    log('ERROR', errorMessage(code, err, url), code ? { error_code: code } : {});
    return 1;
  }
}

// ---- driver adapter ------------------------------------------------------------------------------------
// adapter-pg's executeScript splits scripts on ";" (breaking $$-quoted function bodies and DO blocks) and
// spreads the pieces over pool connections. Send the whole script as one simple query instead, as the native
// engine does: Postgres then runs it as a single implicit transaction.
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try { await adapter.client.query(script); } catch (err) { adapter.onError(err); }
  };
  return adapter;
}

// name -> the latest work on it (its CREATE DATABASE, then its DROP), so that an interrupted run can wait for
// that work to finish before dropping the database.
const shadowDatabases = new Map();
function dropShadowDatabase(name) {
  const dropped = shadowDatabases.get(name).catch(() => {})
    .then(() => adminQuery(url, `DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
  shadowDatabases.set(name, dropped);
  return dropped;
}

class PgFactory extends PrismaPg {
  constructor(connectionString) {
    super({ connectionString });
    this.connectionString = connectionString;
  }
  async connect() {
    return wholeScripts(await super.connect());
  }
  // adapter-pg 7.10.1 creates a scratch database here but connects to the MAIN one (pg ignores `database`
  // next to a connectionString), so the migration history would be replayed into the real database.
  async connectToShadowDb() {
    if (shadowDatabaseUrl) {
      // Unlike the native engine, the wasm one replays into a configured shadow database without emptying it.
      const adapter = await new PgFactory(shadowDatabaseUrl).connect();
      await adapter.client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
      return adapter;
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const created = adminQuery(this.connectionString, `CREATE DATABASE ${quote(name)}`);
    shadowDatabases.set(name, created);
    await created;
    const adapter = await new PgFactory(withDatabase(this.connectionString, name)).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropShadowDatabase(name);
    };
    return adapter;
  }
}

// ---- the wasm engine -----------------------------------------------------------------------------------
// A wasm-bindgen "bundler" build, which Node cannot import as is: wire its JS glue to the module by hand.
// Its panic hook reports the panic message through this global (the Prisma CLI defines the same one).
let panicMessage = '';
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => { panicMessage = message; } };
async function loadEngine() {
  const glue = await import(pathToFileURL(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')).href);
  const wasmFile = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

const RPC_METHODS = new Set(['applyMigrations', 'createMigration', 'dbExecute', 'debugPanic', 'devDiagnostic',
  'diagnoseMigrationHistory', 'diff', 'ensureConnectionValidity', 'evaluateDataLoss', 'getDatabaseVersion',
  'introspect', 'introspectSql', 'markMigrationApplied', 'markMigrationRolledBack', 'reset', 'schemaPush']);

const send = (message) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', ...message }) + '\n');

// Created on the first request rather than at start-up: SchemaEngine.new() already connects to the database,
// and a failure there must reach the CLI as an answer to its request (a crash before it has sent one goes unnoticed).
let engine;
const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PgFactory(url));
async function createEngine() {
  if (shadowDatabaseUrl && url && sameDatabase(shadowDatabaseUrl, url)) {
    throw new Error('shadowDatabaseUrl points at the main database: the migration history would be replayed into it.');
  }
  return (await loadEngine()).SchemaEngine.new(
    // An empty list makes the engine panic: pass none at all (`migrate diff` sends no --datamodels).
    { datamodels: opts.datamodels.length ? opts.datamodels.map((file) => [file, fs.readFileSync(file, 'utf8')]) : undefined },
    (line) => process.stderr.write(line.endsWith('\n') ? line : line + '\n'),
    adapterFactory,
  );
}
const getEngine = () => (engine ??= createEngine());

const errorResponse = (message, extra = {}) => ({ code: 4466, message, data: { is_panic: false, message, meta: null, ...extra } });

let inFlight = null; // id of the request being handled, answered from the crash handler if the engine panics
async function handle({ id, method, params }) {
  if (!RPC_METHODS.has(method)) return send({ id, error: { code: -32601, message: `Method not found: ${method}` } });
  inFlight = id;
  try {
    const schemaEngine = await getEngine();
    let result;
    try {
      result = await schemaEngine[method === 'getDatabaseVersion' ? 'version' : method](params ?? {});
    } catch (err) {
      // evaluateDataLoss and createMigration replay the migration history into a shadow database without going
      // through the adapter factory, which the wasm engine refuses. They reuse the schema that devDiagnostic
      // computed (with a proper shadow database) for the same migrations, though: compute it, then retry.
      if (!(method === 'evaluateDataLoss' || method === 'createMigration') || !/shadow DB must be provided/.test(err?.message)) throw err;
      await schemaEngine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
      result = await schemaEngine[method](params);
    }
    if (method === 'diff') {
      // The native engine hands the diff to the CLI through a `print` request; the wasm one returns it.
      if (result.stdout != null) send({ id: `print-${id}`, method: 'print', params: { content: result.stdout } });
      result = { exitCode: result.exitCode };
    }
    send({ id, result: result ?? {} });
  } catch (err) {
    // Engine errors carry the user-facing message, a Pnnnn code when there is one, and a span trace we cut off.
    // JS errors thrown inside the adapter only appear as "External error id#N": look the original up.
    const isPanic = err instanceof WebAssembly.RuntimeError;
    const message = isPanic ? panicMessage || String(err) : String(err?.message ?? err).split(/\n\s+0: /)[0]
      .replace(/External error id#(\d+)/, (text, n) => adapterFactory.errorRegistry.consumeError(Number(n))?.error?.message ?? text);
    send({ id, error: errorResponse(message, { error_code: err?.code, is_panic: isPanic }) });
  } finally {
    inFlight = null;
  }
}

async function shutdown(code = 0) {
  // Normally the engine has disposed of its shadow databases already; this covers interrupted runs.
  await Promise.allSettled([...shadowDatabases.keys()].map(dropShadowDatabase));
  process.exit(code);
}

function serve() {
  let queue = Promise.resolve(); // one request at a time, in order
  readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on('line', (line) => {
      if (!line.trim()) return;
      let message;
      try { message = JSON.parse(line); } catch { return send({ id: null, error: { code: -32700, message: 'Parse error' } }); }
      if (message.method) queue = queue.then(() => handle(message)); // else: the CLI acknowledging a `print`
    })
    .on('close', () => queue.then(() => shutdown()));
  // The CLI sends SIGTERM once it has its answers; Ctrl-C reaches the whole process group.
  process.on('SIGTERM', () => shutdown());
  process.on('SIGINT', () => shutdown(130));
  // A Rust panic that escapes the promise we await surfaces here, as a RuntimeError.
  process.on('uncaughtException', (err) => {
    const message = panicMessage || String(err?.stack ?? err);
    log('ERROR', message, { is_panic: true });
    if (inFlight !== null) send({ id: inFlight, error: errorResponse(message, { is_panic: true }) });
    shutdown(101);
  });
}

if (opts.version) {
  const pkg = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'package.json');
  console.log(`schema-engine-wasm ${JSON.parse(fs.readFileSync(pkg, 'utf8')).version}`);
} else if (opts.cliCommand) {
  process.exit(await runCliCommand(opts.cliCommand));
} else {
  serve();
}
