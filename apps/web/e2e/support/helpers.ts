/// <reference types="node" />
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { DEMO_PASSWORD, SCREENSHOT_DIR } from './environment';

/**
 * What a person reads on the pages, in English and French (apps/web/src/i18n/{en,fr}.json): the
 * specs find elements by role and label, as a person would, in either language.
 */
export const TEXT = {
  email: /^(Email|Adresse électronique)/,
  password: /^(Password|Mot de passe)/,
  signIn: /^(Sign in|Se connecter)$/,
  signOut: /^(Sign out|Se déconnecter)$/,
  sessionEnded: /^(Session ended|Session terminée)$/,
};

/**
 * Signs in through the sign-in page, as a person does. On the sign-in page already (sent there
 * with `?next=…`), it stays there, so the app then goes back to the page asked; elsewhere it opens
 * `/sign-in` first. Returns once the app has left the sign-in page.
 */
export async function signIn(
  page: Page,
  email: string,
  options: { password?: string } = {},
): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/sign-in') await page.goto('/sign-in');
  await page.getByLabel(TEXT.email).fill(email);
  await page.getByLabel(TEXT.password).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: TEXT.signIn }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Each page is shot in both languages at both widths of the issue: a laptop and a tablet. */
export const SCREENSHOT_LOCALES = ['en', 'fr'] as const;
export const SCREENSHOT_VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 820, height: 1180 },
] as const;

/** Where the app keeps the interface's language (apps/web/src/app/locale.tsx). */
const LOCALE_STORAGE_KEY = 'wild-network.locale';

/**
 * Writes the page, in English and in French at 1280×800 and 820×1180 (full page), to
 * apps/web/e2e/.output/screenshots/<name>.<locale>.<width>x<height>.png. The language is switched
 * as the app keeps it (in localStorage) with a reload, so what is shot must be in the page's
 * address (as filters, orders and pages are); the page is left in its language and size.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const [startLanguage, saved] = await page.evaluate(
    (key) => [document.documentElement.lang, localStorage.getItem(key)] as const,
    LOCALE_STORAGE_KEY,
  );
  try {
    for (const locale of SCREENSHOT_LOCALES) {
      await showIn(page, locale, locale);
      for (const size of SCREENSHOT_VIEWPORTS) {
        await page.setViewportSize(size);
        await settle(page);
        await page.screenshot({
          path: join(SCREENSHOT_DIR, `${name}.${locale}.${size.width}x${size.height}.png`),
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
        });
      }
    }
  } finally {
    if (viewport) await page.setViewportSize(viewport);
    await showIn(page, startLanguage, saved);
    await page.emulateMedia({ reducedMotion: null });
  }
}

/** Reloads the page in `language` (kept as `stored`, or nothing) unless it is shown in it. */
async function showIn(page: Page, language: string, stored: string | null): Promise<void> {
  const current = await page.evaluate(
    ([key, value]) => {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      return document.documentElement.lang;
    },
    [LOCALE_STORAGE_KEY, stored] as const,
  );
  if (current === language) return;
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await settle(page);
}

/**
 * The page done: loaded, no loader or busy region left, fonts ready, motion settled. Not
 * `networkidle`: the app leaves a refused `/auth/refresh` unread, which Chromium counts as a request
 * still open.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.locator('.mantine-Loader-root:visible, [aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    // charts and transitions: the context asks for reduced motion, and this is the rest
    await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * axe on the page as it is: no serious or critical violation (minor and moderate ones are
 * written to the test's output). The page must come from `browser.newContext()` (the `page` and
 * `newPage` fixtures' do): axe opens a blank page in the same context to finish its run.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { exclude?: readonly string[]; disableRules?: readonly string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules([...options.disableRules]);
  const { violations } = await builder.analyze();
  const describe = (list: typeof violations) =>
    list
      .map(
        (violation) =>
          `- ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
            .map((node) => node.target.join(' '))
            .join('\n    ')}\n    ${violation.helpUrl}`,
      )
      .join('\n');
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const others = violations.filter((v) => !blocking.includes(v));
  if (others.length) console.log(`axe, minor or moderate, on ${page.url()}:\n${describe(others)}`);
  expect(
    blocking.length,
    `axe found serious or critical violations on ${page.url()}:\n${describe(blocking)}`,
  ).toBe(0);
}
