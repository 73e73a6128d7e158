#!/usr/bin/env bash
# One command to run Civitas locally with the demo cities: install, start services, migrate,
# seed, build the web app, then run the API and the worker until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash infra/scripts/bootstrap.sh
bash infra/scripts/services.sh
bash infra/scripts/migrate.sh
pnpm --filter @civitas/web build
pnpm db:seed

# Plain node processes (no pnpm or tsx wrapper), so a stop signal reaches them and they finish cleanly.
pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait; }
trap stop INT TERM
node --import tsx infra/scripts/mail-catcher.ts & pids+=($!)   # emails land in tmp/mail; links are printed here
node --import tsx apps/worker/src/main.ts & pids+=($!)
node --import tsx apps/api/src/main.ts & pids+=($!)
wait
