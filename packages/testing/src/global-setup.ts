import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrls: { owner: string; app: string; platform: string };
  }
}

/** One migrated database for the whole integration run; each test file isolates itself with its own cities. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  project.provide('databaseUrls', database.urls);
  return async () => {
    await database.drop();
  };
}
