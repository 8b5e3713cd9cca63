import { expect, test } from '@playwright/test';

test('the web host serves the app under its strict CSP', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page).toHaveTitle('Saring');
  await expect(page.locator('#root')).not.toBeEmpty();
  // Give late scripts and styles a moment to be blocked, if anything is.
  await page.waitForLoadState('networkidle');

  expect(problems.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  expect(problems).toEqual([]);
});
