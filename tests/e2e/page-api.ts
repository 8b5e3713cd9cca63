import type { Page } from '@playwright/test';

/**
 * One API call from the signed-in page, as the renderer makes it (per-launch token and session): for
 * setting up a spec's situation quickly; the forms have their own specs.
 */
export function api<T>(page: Page, method: string, input: object): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-saring-token':
            document.querySelector('meta[name="saring-token"]')?.getAttribute('content') ?? '',
          'x-saring-session': sessionStorage.getItem('saring.session') ?? '',
        },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; value: unknown };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
      return body.value;
    },
    { method, input },
  ) as Promise<T>;
}
