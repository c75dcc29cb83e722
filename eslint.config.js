// @ts-check
import tseslint from 'typescript-eslint';

/** Reading the clock or randomness inside src/ breaks purity: time and seeds are passed in. */
const noHiddenClock = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pure functions take `now` as input; do not call Date.now().' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pure functions take `now` as input; `new Date()` reads the clock.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness in src/: pass a seed or the value in.' },
  { selector: "MemberExpression[object.name='process']", message: 'No environment access in src/.' },
];

/** date-fns helpers that read the clock (marked `@pure false` upstream). Use the pure forms with `now`. */
const impureDateFns = [
  'isToday', 'isTomorrow', 'isYesterday', 'isPast', 'isFuture', 'isThisWeek', 'isThisMonth', 'isThisQuarter',
  'isThisYear', 'isThisHour', 'isThisMinute', 'isThisSecond', 'isThisISOWeek', 'startOfToday', 'startOfTomorrow',
  'startOfYesterday', 'endOfToday', 'endOfTomorrow', 'endOfYesterday', 'formatDistanceToNow',
  'formatDistanceToNowStrict', 'constructNow',
];

export default tseslint.config(
  { ignores: ['dist', 'docs', 'coverage', 'test/.doc-examples', 'node_modules', '.stryker-tmp', 'reports', '*.config.*', 'eslint.config.js', 'scripts', 'bench'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noHiddenClock],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'performance'],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'date-fns', importNames: impureDateFns, message: 'This date-fns helper reads the clock; use the pure form with `now`.' },
          { name: 'immer', importNames: ['setAutoFreeze', 'setUseStrictShallowCopy', 'enableMapSet', 'enablePatches', 'produce'], message: 'Use a private `new Immer()` instance; never change immer globals.' },
        ],
        patterns: [{ group: ['date-fns/*', '!date-fns/locale'], message: 'Import from "date-fns" so the clock ban applies.' }],
      }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
    },
  },
  {
    files: ['test/**/*.ts', 'examples/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
);
