import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PAGE_POLICY } from '../../../electron/security-headers.ts';

it("states the same policy as renderer/index.html's <meta>, plus frame-ancestors in the header", () => {
  const html = readFileSync(path.join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  expect(meta?.[1]).toBe(PAGE_POLICY);
  expect(CONTENT_SECURITY_POLICY).toBe(`${PAGE_POLICY}; frame-ancestors 'none'`);
});
