#!/bin/sh
echo "Prisma's schema engine is not available offline: run 'npm run db:migrate' (scripts/db-migrate.ts) instead." >&2
exit 1
