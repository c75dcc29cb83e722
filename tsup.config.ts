import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the dts compiler options and TypeScript 6 rejects it (TS5101)
  // unless deprecations are silenced; see ../shared/toolchain.md section 4, item 6.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
  target: 'es2022',
  minify: false,
  external: ['immer', 'date-fns', '@date-fns/tz'],
});
