import type { AppErrorCode } from '../domain/app-error.js';

/**
 * The one table that maps each error code to the transports: an HTTP status and a CLI exit
 * code (1 for bad input, 2 for usage and access, 3 for missing things, 4 for a busy resource).
 */
export const ERROR_STATUS: Record<AppErrorCode, { http: number; exit: number }> = {
  VALIDATION_FAILED: { http: 400, exit: 1 },
  NOT_FOUND: { http: 404, exit: 3 },
  FORBIDDEN: { http: 403, exit: 2 },
  UNAUTHENTICATED: { http: 401, exit: 2 },
  INVALID_CREDENTIALS: { http: 401, exit: 2 },
  CSRF_TOKEN_INVALID: { http: 403, exit: 2 },
  TOO_MANY_ATTEMPTS: { http: 429, exit: 4 },
  CONFLICT: { http: 409, exit: 1 },
  CURRENCY_MISMATCH: { http: 400, exit: 1 },
  DATABASE_IN_USE: { http: 503, exit: 4 },
  INVITATION_EXPIRED: { http: 410, exit: 1 },
  INVITATION_USED: { http: 410, exit: 1 },
  INVITATION_REVOKED: { http: 410, exit: 1 },
  INVITATION_ACCOUNT_EXISTS: { http: 409, exit: 1 },
  PROPOSAL_NOT_DRAFT: { http: 409, exit: 1 },
  DOCUMENT_TOO_LARGE: { http: 413, exit: 1 },
  DOCUMENT_NOT_PDF: { http: 415, exit: 1 },
  DEADLINE_PASSED: { http: 409, exit: 1 },
  PROPOSAL_INELIGIBLE: { http: 422, exit: 1 },
  CALL_NOT_OPEN: { http: 409, exit: 1 },
  CALL_TRANSITION_REFUSED: { http: 409, exit: 1 },
  CALL_LOCKED: { http: 409, exit: 1 },
  CALL_NOT_DRAFT: { http: 409, exit: 1 },
  REVIEWER_HAS_REVIEWS: { http: 409, exit: 1 },
  ASSIGNMENT_INFEASIBLE: { http: 422, exit: 1 },
  ASSIGNMENT_HAS_VIOLATIONS: { http: 409, exit: 1 },
  ASSIGNMENT_PUBLISHED: { http: 409, exit: 1 },
  REVIEW_SUBMITTED: { http: 409, exit: 1 },
  REVIEW_CLOSED: { http: 409, exit: 1 },
};
