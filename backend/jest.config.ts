/** Unit specs: beside the code, no database. */
export default {
  displayName: 'backend-unit',
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: { '^@atolye/shared$': '<rootDir>/../libs/shared/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
