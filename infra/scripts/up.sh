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

pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait; }
trap stop INT TERM
pnpm --filter @civitas/worker start & pids+=($!)
pnpm --filter @civitas/api start & pids+=($!)
wait
