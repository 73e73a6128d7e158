#!/usr/bin/env bash
# Prisma Migrate, offline: the CLI drives infra/prisma/schema-engine.mjs (Prisma's WebAssembly schema engine)
# instead of the native schema-engine binary it would otherwise try to download.
#
#   infra/scripts/migrate.sh                               # prisma migrate deploy (creates the database if missing)
#   infra/scripts/migrate.sh status
#   infra/scripts/migrate.sh dev --create-only --name add_x
#   infra/scripts/migrate.sh diff --from-migrations prisma/migrations --to-schema prisma/schema --exit-code
#
# The database is DATABASE_OWNER_URL (see prisma.config.ts). Paths are relative to the repository root.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PRISMA_SCHEMA_ENGINE_BINARY="$root/infra/prisma/schema-engine.mjs"
# No point in letting the CLI try to reach Prisma's update-check service from here.
export CHECKPOINT_DISABLE="${CHECKPOINT_DISABLE:-1}"

cd "$root"
if [ $# -eq 0 ]; then set -- deploy; fi
exec pnpm exec prisma migrate "$@"
