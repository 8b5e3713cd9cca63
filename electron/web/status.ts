import { missingCase, type ErrorCode } from '../../shared/index.ts';

/** The HTTP status the web host answers with for each envelope error; the body is always the envelope. */
export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'too_many_attempts':
      return 429;
    case 'unknown_method':
    case 'not_found':
      return 404;
    case 'invalid_transition':
    case 'invalid_operation':
    case 'conflict':
      return 409;
    case 'internal':
      return 500;
    // The database was written by a newer Saring: this host cannot serve it until it is upgraded.
    case 'database_newer':
    case 'busy':
      return 503;
    default:
      return missingCase(code);
  }
}
