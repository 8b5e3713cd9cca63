import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type DEMO_USERS } from '../../electron/core/auth/demo-users.ts';

export type DemoUsername = (typeof DEMO_USERS)[number]['username'];

/** Opens the app and signs in as one of the demo users (the web host runs with demo data). */
export async function signIn(page: Page, username: DemoUsername): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Masuk ke Saring' });
  await form.getByLabel('Nama pengguna').fill(username);
  await form.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Masuk sebagai' })).toBeVisible();
}
