#!/usr/bin/env bash
# The whole test suite: types, unit, integration (real PostgreSQL and Redis), e2e (Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash infra/scripts/bootstrap.sh
bash infra/scripts/services.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing: install Debian's package first (apt-get install -y chromium)." >&2
  exit 1
fi

echo "== typecheck"
pnpm typecheck
pnpm exec tsc -p apps/web/tsconfig.json
echo "== unit"
pnpm test:unit
echo "== integration"
pnpm test:integration
echo "== e2e"
pnpm --filter @civitas/web build
echo "== bundle"
pnpm check:bundle
pnpm test:e2e
