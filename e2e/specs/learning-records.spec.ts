import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEMO, mainNav, signIn } from '../support/portal';

test.describe('learning records (xAPI)', () => {
  test('a coordinator downloads the demo programme’s learning records as xAPI statements', async ({
    page,
  }) => {
    // The demo coordinator reads the portal in Turkish.
    await signIn(page, DEMO.coordinator);
    await mainNav(page).getByRole('link', { name: 'Raporlar' }).click();
    const records = page.getByRole('region', { name: 'Öğrenme kayıtları (xAPI)' });
    await expect(records).toContainText("Bir LRS'ye iletilmiyor: sunucuda XAPI_LRS_URL ayarlı değil.");

    const downloading = page.waitForEvent('download');
    await records.getByRole('link', { name: 'Öğrenme kayıtlarını indir (xAPI)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('learning-records.xapi.jsonl');
    const lines = readFileSync((await download.path()) as string, 'utf8')
      .trim()
      .split('\n');
    const statements = lines.map((line) => JSON.parse(line));
    // The demo's İzmir session holds certificates: some were earned, and each person is an account only.
    expect(statements.some((s) => s.verb.id === 'http://id.tincanapi.com/verb/earned')).toBe(true);
    expect(statements.some((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/registered')).toBe(true);
    const first = statements[0];
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.actor.account.homePage).toMatch(/^http/);
    expect(first.object.id).toContain('/xapi/activities/');
    expect(lines.join('\n')).not.toContain('@atolye.example');
  });
});
