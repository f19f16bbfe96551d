// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/src/generated/**',
      // The operation catalogue's output: written by `npm run operations`, checked by `--check`.
      'packages/operations/generated/**',
      '**/.cache/**',
      'coverage/**',
      'bench/.peers/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Packages import each other by name only (vuejs/core style): a relative path that climbs
      // into another package's folder is a hidden dependency the build graph cannot see.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(\\.\\./)+(packages|subgraphs|gateway|mcp-server|web|kis-simulator|platform|test-platform)/',
              message: 'Import other packages by their @capstone/* name, not by relative path.',
            },
            {
              regex: '^(\\.\\./){2,}[^.]',
              message:
                'This climbs out of the package. Import other packages by their @capstone/* name.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read arbitrary JSON answers; typing every one would add noise, not safety.
    files: ['**/__tests__/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  prettier,
);
