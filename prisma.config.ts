import { defineConfig } from 'prisma/config';

// Migrations run as the schema owner; the application connects as civitas_app (see ARCHITECTURE.md).
export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_OWNER_URL ?? 'postgresql://postgres@127.0.0.1:5432/civitas',
  },
});
