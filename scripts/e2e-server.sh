#!/bin/sh
# Serves a production build on a fresh database seeded with the sample, for end-to-end tests.
set -e
PORT=${1:-3210}
export DATABASE_URL=file:./data/e2e.db NEXT_DIST_DIR=.next-e2e NEXT_TELEMETRY_DISABLED=1
# The review tests log in with this token; it exists only for this throw-away server.
export ADMIN_TOKEN="${E2E_ADMIN_TOKEN:-e2e-admin-token-0123456789}"
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
node_modules/.bin/next build
node_modules/.bin/tsx scripts/db-migrate.ts
node_modules/.bin/tsx scripts/db-seed.ts
exec node_modules/.bin/next start -H 127.0.0.1 -p "$PORT"
