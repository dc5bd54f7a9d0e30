/** The sign-in page that returns to `currentPath` afterwards. */
export function signInPath(currentPath: string): string {
  if (!currentPath || currentPath === '/' || currentPath.startsWith('/login')) return '/login';
  return `/login?next=${encodeURIComponent(currentPath)}`;
}

/**
 * Where to go after signing in: the `next` parameter when it is a path on this site, else the
 * calls. Anything else (`//evil.example`, `https://…`) is refused, so the link cannot send a
 * user elsewhere.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/calls';
  return next;
}
