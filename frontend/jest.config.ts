/** Unit specs of the portal's framework-free helpers (Angular components are covered by e2e). */
export default {
  displayName: 'frontend-unit',
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: {
    '^@atolye/shared$': '<rootDir>/../libs/shared/src/index.ts',
    '^@atolye/shared/core$': '<rootDir>/../libs/shared/src/core.ts',
    '^@atolye/shared/errors$': '<rootDir>/../libs/shared/src/lib/errors.ts',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
