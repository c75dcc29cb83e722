import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/_helpers/setup.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      // src/cli.ts is the thin bin; its logic (runCli) is covered in-process, the bin by a spawn test.
      exclude: ['src/index.ts', 'src/**/index.ts', 'src/**/types.ts', 'src/cli.ts'],
      thresholds: { lines: 95, functions: 95, statements: 95, branches: 90 },
    },
  },
});
