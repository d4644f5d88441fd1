export default {
  displayName: 'shared',
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.lib.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
