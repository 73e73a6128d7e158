import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Unit tests first; each project needs its own group (they differ in maxWorkers).
          sequence: { groupOrder: 0 },
          include: ['{apps,packages,prisma}/**/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'infra/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{apps,packages}/*/src/**/*.integration.test.ts', 'packages/modules/*/src/**/*.integration.test.ts', 'prisma/**/*.integration.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['packages/testing/src/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Files share one database; each makes its own cities, so they may run side by side.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
