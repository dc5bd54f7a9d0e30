import type { z } from 'zod';
import type { ErrorResponseSchema, ValidationIssueSchema } from '../../src/contracts/api.schemas.js';

type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type ApiIssue = z.infer<typeof ValidationIssueSchema>;
export type LocalisedMessage = { en: string; ja: string };

/** Code used when the request never got an answer (offline, server down, proxy error page). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/**
 * A failed API call: the server's stable code, its message in both languages (when it sent one)
 * and every validation issue with its JSON path. `status` is 0 when the network failed.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly serverMessage: LocalisedMessage | null;
  readonly issues: ApiIssue[];

  constructor(options: { code: string; status: number; serverMessage?: LocalisedMessage | null; issues?: ApiIssue[] }) {
    super(options.code);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.serverMessage = options.serverMessage ?? null;
    this.issues = options.issues ?? [];
  }
}

/** True for an ApiError (the type guard keeps components free of `instanceof` noise). */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The CSRF token lives in memory only: it comes with the session (login, me) and is lost with the tab.
let csrfToken: string | null = null;

/** Remembers the token to send with every request that changes state; null forgets it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token to send as `x-csrf-token` with requests built outside `apiRequest` (multipart uploads). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

type QueryValue = string | number | null | undefined;

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

/** `/api/x` plus the query parameters that have a value, in a stable order. */
export function buildApiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_ATTEMPTS',
};

// A body that is not in the API's error shape (a proxy's page, or Fastify's own
// `{statusCode, code, error, message}`): keep a stable code if it names one, else derive it from the status.
function fallbackCode(payload: unknown, status: number): string {
  const code = typeof payload === 'object' && payload !== null ? (payload as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && /^[A-Z][A-Z_]+$/.test(code)) return code;
  return STATUS_CODES[status] ?? (status >= 500 ? 'SERVER_ERROR' : NETWORK_ERROR);
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Calls the API on the same origin with the session cookie, sends JSON, adds the CSRF header to
 * every request that changes state, and returns the parsed JSON (undefined for 204). Throws
 * ApiError: the server's code (VALIDATION_FAILED, NOT_FOUND, …), a code guessed from the HTTP
 * status when the body is not an API error, or NETWORK_ERROR.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: NETWORK_ERROR, status: 0 });
  }

  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok) return payload as T;

  if (isErrorResponse(payload)) {
    throw new ApiError({
      code: payload.error.code,
      status: response.status,
      serverMessage: payload.error.message,
      issues: payload.error.details?.issues ?? [],
    });
  }
  throw new ApiError({ code: fallbackCode(payload, response.status), status: response.status });
}
