// ESLint (flat config): the TypeScript recommended rules and no import cycles. Runs in `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// A regular expression with a non-ASCII character ("überspringen") needs the `u` flag, so that the
// bundle stays ASCII (infra/bundling.ts, `supported`): esbuild escapes strings, not pattern literals.
const NON_ASCII_PATTERN = {
  selector: 'Literal[regex.pattern=/[^\\x00-\\x7F]/]:not([regex.flags=/[uv]/])',
  message: 'Give a pattern with a non-ASCII character the u flag: the bundle stays ASCII (infra/bundling.ts).',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'cdk.out/', '.data/', 'coverage/', 'bench/reference/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', performance: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // In the skill, Reply is the only way to a response (docs/architecture.md, "How a request flows").
    files: ['lambda/**/*.ts'],
    ignores: ['lambda/conversation/reply.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='responseBuilder']", message: 'Build responses with Reply (lambda/conversation/reply.ts), the only way to a response.' },
        { selector: "ObjectPattern > Property[key.name='responseBuilder']", message: 'Build responses with Reply (lambda/conversation/reply.ts), the only way to a response.' },
        NON_ASCII_PATTERN,
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'ask-sdk-core', importNames: ['ResponseFactory'], message: 'Build responses with Reply (lambda/conversation/reply.ts), the only way to a response.' }] },
      ],
    },
  },
  {
    // The one file the block above leaves out keeps its patterns ASCII-safe too.
    files: ['lambda/conversation/reply.ts'],
    rules: { 'no-restricted-syntax': ['error', NON_ASCII_PATTERN] },
  },
);
