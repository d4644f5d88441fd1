import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import tseslint from 'typescript-eslint';

// The module-boundary rule reads Nx's cached project graph and, without one, only prints a warning
// and checks nothing. Build the graph when it is missing, and stop the lint run when it cannot be.
try {
  readCachedProjectGraph();
} catch {
  try {
    await createProjectGraphAsync({ exitOnError: false });
  } catch (error) {
    throw new Error(
      `The Nx project graph could not be built, so module boundaries cannot be checked: ${error}`,
    );
  }
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      'test-results',
      'playwright-report',
      'data',
      'tmp',
    ],
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    rules: {
      // Each project may import only what its scope allows: the shared library is framework-free
      // and imports nothing; the apps import the shared library, never each other.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:frontend', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@angular/*',
                '@nestjs/*',
                'typeorm',
                'rxjs',
                'class-validator',
                'class-transformer',
                'express',
              ],
              message: 'The shared library stays framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['frontend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'class-validator', 'class-transformer', 'pg'],
              message: 'The portal runs in the browser: server libraries stay in the backend.',
            },
          ],
        },
      ],
    },
  },
  // Rules that need the types: a promise nobody awaits, a promise where a plain value is expected,
  // a switch that forgets a member of a union.
  {
    files: ['backend/**/*.ts', 'frontend/src/**/*.ts', 'libs/shared/src/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['**/jest.config.ts', '**/jest.*.config.ts'],
    languageOptions: {
      parserOptions: {
        project: [
          'backend/tsconfig.spec.json',
          'frontend/tsconfig.app.json',
          'frontend/tsconfig.spec.json',
          'libs/shared/tsconfig.lib.json',
          'e2e/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  ...tseslint.config({
    files: ['frontend/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  }),
  ...tseslint.config({
    files: ['frontend/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  }),
  {
    files: ['**/*.mjs', 'bench/**/*.js', 'tools/**/*.mjs', 'e2e/support/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
];
