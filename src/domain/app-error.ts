/**
 * The closed set of error codes the domain and services may raise. Each code has a message in
 * `locales/{en,ja}/errors.json` and an HTTP status / CLI exit code in `src/api/plugins/error-map.ts`.
 */
export const APP_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'CSRF_TOKEN_INVALID',
  'TOO_MANY_ATTEMPTS',
  'CONFLICT',
  'CURRENCY_MISMATCH',
  'DATABASE_IN_USE',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_REVOKED',
  'INVITATION_ACCOUNT_EXISTS',
  'PROPOSAL_NOT_DRAFT',
  'DOCUMENT_TOO_LARGE',
  'DOCUMENT_NOT_PDF',
  'DEADLINE_PASSED',
  'PROPOSAL_INELIGIBLE',
  'CALL_NOT_OPEN',
  'CALL_TRANSITION_REFUSED',
  'CALL_LOCKED',
  'CALL_NOT_DRAFT',
  'REVIEWER_HAS_REVIEWS',
  'ASSIGNMENT_INFEASIBLE',
  'ASSIGNMENT_HAS_VIOLATIONS',
  'ASSIGNMENT_PUBLISHED',
  'REVIEW_SUBMITTED',
  'REVIEW_CLOSED',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** One problem in an input, located by its JSON path (`proposals[3].teams[1].country`). */
export type ValidationIssue = {
  path: string;
  message: { en: string; ja: string };
};

export type AppErrorOptions = {
  params?: Record<string, string | number>;
  path?: string;
  issues?: ValidationIssue[];
  cause?: unknown;
};

/**
 * An expected failure with a stable code. Transport layers map the code to a status; the
 * message is rendered from the catalogues with `params`, in the reader's language.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: Record<string, string | number>;
  readonly path: string | undefined;
  readonly issues: ValidationIssue[];

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = options.params ?? {};
    this.path = options.path;
    this.issues = options.issues ?? [];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
