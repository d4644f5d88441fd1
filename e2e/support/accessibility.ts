import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 AA rules the portal promises to meet. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/**
 * One line per failing element: the rule, the page, the selector and what is wrong, so the test
 * output alone says where to look.
 */
export function formatViolations(pageName: string, violations: readonly Violation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const selector = node.target
          .map((part) => (Array.isArray(part) ? part.join(' >>> ') : part))
          .join(' ');
        const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        return `[${violation.id}] (${violation.impact ?? 'unknown'}) on "${pageName}" at ${selector}: ${violation.help}. ${why}`;
      }),
    )
    .join('\n');
}

/**
 * Checks the page as it is now: no WCAG 2.1 AA violations found by axe, exactly one h1, and a
 * tab title naming the page (in the page's language) before the portal's name. Failures are soft,
 * so one run reports every page.
 */
export async function expectAccessiblePage(page: Page, pageName: string, title: string): Promise<void> {
  await expect.soft(page, `title of "${pageName}"`).toHaveTitle(`${title} · Atölye`);
  await expect.soft(page.locator('h1'), `one h1 on "${pageName}"`).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect.soft(formatViolations(pageName, results.violations), `axe violations on "${pageName}"`).toBe('');
}
