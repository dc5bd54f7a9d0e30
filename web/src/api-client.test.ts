import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, ApiError, buildApiUrl, setCsrfToken } from './api-client.js';

function respond(status: number, body?: unknown) {
  const fetchMock = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('buildApiUrl', () => {
  it('adds only the parameters that have a value', () => {
    expect(buildApiUrl('/api/proposals', { q: 'AI 量子', status: '', field: undefined, page: 2, call: null })).toBe('/api/proposals?q=AI+%E9%87%8F%E5%AD%90&page=2');
    expect(buildApiUrl('/api/calls')).toBe('/api/calls');
  });
});

describe('apiRequest', () => {
  it('returns the JSON body and sends the session cookie', async () => {
    const fetchMock = respond(200, { items: [] });
    await expect(apiRequest('/api/calls')).resolves.toEqual({ items: [] });
    expect(fetchMock).toHaveBeenCalledWith('/api/calls', expect.objectContaining({ method: 'GET', credentials: 'same-origin' }));
  });

  it('sends the CSRF token on requests that change state, not on reads', async () => {
    setCsrfToken('token-1');
    const fetchMock = respond(204);
    await apiRequest('/api/auth/logout', { method: 'POST' });
    await apiRequest('/api/calls');
    const headersOf = (call: number) => (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headersOf(0)['x-csrf-token']).toBe('token-1');
    expect(headersOf(1)['x-csrf-token']).toBeUndefined();
  });

  it('turns the API error body into an ApiError with both messages and every issue', async () => {
    respond(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: { en: 'The input has 1 problem', ja: '入力に1件の問題があります' },
        details: { issues: [{ path: 'email', message: { en: 'Invalid email', ja: '無効なメールアドレス' } }] },
      },
    });
    const error = await apiRequest('/api/auth/login', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      serverMessage: { en: 'The input has 1 problem', ja: '入力に1件の問題があります' },
      issues: [{ path: 'email', message: { en: 'Invalid email', ja: '無効なメールアドレス' } }],
    });
  });

  it('derives a code when the body is not an API error', async () => {
    respond(404, '<html>');
    await expect(apiRequest('/api/nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404, serverMessage: null });
    respond(502);
    await expect(apiRequest('/api/calls')).rejects.toMatchObject({ code: 'SERVER_ERROR', status: 502 });
    respond(500, { statusCode: 500, code: 'UNAUTHENTICATED', error: 'Internal Server Error', message: 'UNAUTHENTICATED' });
    await expect(apiRequest('/api/auth/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('reports a network failure as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiRequest('/api/calls')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});
