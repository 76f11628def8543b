import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'tests/.out/', 'data/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // With noUncheckedIndexedAccess, `!` states that an index the code has just bounded is present.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages, file names and test titles are meant to print as numbers.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(true)}` is how the screens wire events.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Handlers and adapters implement async interfaces (the contract, lowdb's Adapter) with synchronous bodies.
      '@typescript-eslint/require-await': 'off',
      // Props and ports declare callbacks in method syntax and are destructured; none of them uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      // A form's async submit handler catches its own errors and shows them.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Checks at trust boundaries and in teardown guard values the types call present (old files, JS callers,
      // a setup that failed); narrowing a closure's variable also needs conditions this rule calls redundant.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // A comment may say why a case joins the group above it.
      'no-fallthrough': ['error', { allowEmptyCase: true }],
      // `const { dropped: _dropped, ...kept } = record` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Test helpers named use* (useRecoveryFolder) register vitest hooks, not React ones.
      'react-hooks/rules-of-hooks': 'off',
      // Tests read raw database and bundle files as untyped JSON to tamper with and probe them.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
