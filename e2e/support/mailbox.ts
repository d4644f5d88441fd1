import { expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The e2e run's mailbox: the test server delivers every mail over SMTP to a local capture that
 * files each message here. Specs follow mailed links from it, as their recipient would — never
 * from the admin outbox, which does not show live links.
 */
export const MAIL_DIR = resolve(__dirname, '../../test-results/e2e-mail');

export interface DeliveredMail {
  to: string[];
  subject: string;
  text: string;
}

/** Every mail delivered to this address so far, oldest first. */
export function mailsTo(email: string): DeliveredMail[] {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(MAIL_DIR, name), 'utf8')) as DeliveredMail)
    .filter((mail) => mail.to.includes(email.toLowerCase()));
}

/** The link to `path` (such as `/reset-password`) in the newest mail to this address, once it arrives. */
export async function mailedLink(email: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path.replace(/[/-]/g, '\\$&')}\\?token=[A-Za-z0-9_-]{43}`);
  let link = '';
  await expect
    .poll(
      () => {
        const found = mailsTo(email)
          .map((mail) => pattern.exec(mail.text)?.[0])
          .filter((l): l is string => Boolean(l));
        link = found[found.length - 1] ?? '';
        return link;
      },
      { message: `a mail to ${email} with a ${path} link`, timeout: 15_000 },
    )
    .not.toBe('');
  return link;
}
