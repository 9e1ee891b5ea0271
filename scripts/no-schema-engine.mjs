#!/usr/bin/env node
// Stands in for Prisma's native schema engine during `prisma generate`, which does not need it
// but would otherwise download it. Any command that really needs the engine fails here, loudly.
console.error(
  'Prisma schema engine is not available here. Generating the client needs none; to author a migration, ' +
    'see docs/data-layer.md ("Adding a migration").',
);
process.exit(1);
