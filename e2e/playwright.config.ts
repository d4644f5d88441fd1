import { defineConfig, devices } from '@playwright/test';
import { MAIL_DIR } from './support/mailbox';

const PORT = Number(process.env['E2E_PORT'] ?? 3200);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * e2e specs drive the built portal (`npm run build` first) in Debian's Chromium — Playwright
 * never downloads a browser here. The server runs against a fresh database made for this run,
 * and delivers its mail to a local SMTP capture (see support/mailbox.ts).
 */
export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI']
    ? [['list']]
    : [['list'], ['html', { outputFolder: '../playwright-report', open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Istanbul',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node tools/start-test-server.mjs`,
    cwd: '..',
    url: `${BASE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // Mail is delivered for real, to a capture filing each message where specs read it.
    env: { PORT: String(PORT), E2E_MAIL_DIR: MAIL_DIR },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
