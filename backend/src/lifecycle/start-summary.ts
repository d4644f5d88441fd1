import type { AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, type DemoAccount } from '../demo/demo-data';

/** What the start-up work made that a person starting the portal wants to see. */
export interface StartResult {
  demoAccounts: DemoAccount[];
  /** Certificate verification links anyone can open. */
  verifications: string[];
}

/**
 * The block that ends the start: the address, then the demo accounts (the first of each kind,
 * the rest counted: the README lists them all) and the verification links when there are any.
 */
export function startSummary(config: Pick<AppConfig, 'publicUrl'>, result: StartResult): string {
  const base = config.publicUrl.replace(/\/$/, '');
  const lines = [
    'Atölye is running',
    `  portal  ${base}/`,
    `  API     ${base}/api`,
    `  docs    ${base}/api/docs`,
  ];
  if (result.demoAccounts.length) {
    lines.push(`Demo accounts, all with the password ${DEMO_PASSWORD} (README: Demo accounts):`);
    const kinds = new Map<string, DemoAccount[]>();
    for (const a of result.demoAccounts) {
      const kind = a.roles.join(', ');
      kinds.set(kind, [...(kinds.get(kind) ?? []), a]);
    }
    for (const [kind, accounts] of kinds) {
      const more = accounts.length > 1 ? `  and ${accounts.length - 1} more` : '';
      lines.push(`  ${kind.padEnd(22)} ${accounts[0].email}${more}`);
    }
  }
  if (result.verifications.length) {
    lines.push('Demo certificates, verifiable by anyone:');
    for (const url of result.verifications) lines.push(`  ${url}`);
  }
  return lines.join('\n');
}
