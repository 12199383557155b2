#!/bin/sh
# Serves a production build on a fresh database seeded with the sample, for end-to-end tests.
set -e
PORT=${1:-3210}
export DATABASE_URL=file:./data/e2e.db NEXT_DIST_DIR=.next-e2e NEXT_TELEMETRY_DISABLED=1
# A Bearer token for scripts; the review tests sign in with the accounts made below. Both
# exist only for this throw-away server.
export ADMIN_TOKEN="${E2E_ADMIN_TOKEN:-e2e-admin-token-0123456789}"
E2E_PASSWORD="${E2E_PASSWORD:-e2e-reviewer-password-0123}"
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
# The database is prepared while the app builds (the build does not read it), so the accounts'
# password hashing does not add to the server's start-up time.
(
  node_modules/.bin/tsx scripts/db-migrate.ts
  node_modules/.bin/tsx scripts/db-seed.ts
  echo "$E2E_PASSWORD" | node_modules/.bin/tsx scripts/users.ts add e2e.reviewer --role reviewer --display "E2E reviewer"
  echo "$E2E_PASSWORD" | node_modules/.bin/tsx scripts/users.ts add e2e.admin --role admin --display "E2E admin"
) &
prepared=$!
node_modules/.bin/next build
wait "$prepared"
exec node_modules/.bin/tsx server/start.ts --hostname 127.0.0.1 --port "$PORT"
