// Prisma CLI settings. The app itself connects through lib/db.ts; this file serves Prisma's own
// commands (generate, and authoring migrations against a local PostgreSQL: docs/data-layer.md).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    // Only `migrate` commands connect; `generate` needs no database at all.
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/coalition_portal',
  },
});
