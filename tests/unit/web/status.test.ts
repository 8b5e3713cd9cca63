import { expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../../shared/index.ts';
import { httpStatus } from '../../../electron/web/status.ts';

const EXPECTED = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_method: 404,
  too_many_attempts: 429,
  not_found: 404,
  invalid_transition: 409,
  invalid_operation: 409,
  conflict: 409,
  database_newer: 503,
  busy: 503,
  internal: 500,
} satisfies Record<ErrorCode, number>;

it.each(ERROR_CODES)('answers %s with its HTTP status', (code) => {
  expect(httpStatus(code)).toBe(EXPECTED[code]);
});
