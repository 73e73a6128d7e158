#!/usr/bin/env bash
# Installs what the project needs on a fresh machine with Node.js: pnpm (pinned), the workspace's
# dependencies, and the generated Prisma client. Sourced by up.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION…"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
pnpm install --frozen-lockfile
PRISMA_SCHEMA_ENGINE_BINARY=/bin/false pnpm exec prisma generate >/dev/null
