#!/bin/sh
# Offline stand-in for Prisma's native schema-engine binary (which cannot be downloaded here).
# `prisma generate` only needs the path to exist; migrations run through
# @prisma/schema-engine-wasm instead (see src/migrate).
echo "The native Prisma schema engine is not available offline; use 'pnpm db:migrate'." >&2
exit 1
