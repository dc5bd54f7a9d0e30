import { expect, it } from 'vitest';
import { useTestApp } from '../../test/support/build-test-app.js';

const context = useTestApp({ loginRateLimit: 3 });

it('limits sign-in attempts per address and account, in both languages', async () => {
  const attempt = () => context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.kakehashi.org', password: 'wrong' } });
  for (let index = 0; index < 3; index++) expect((await attempt()).statusCode).toBe(401);
  const blocked = await attempt();
  expect(blocked.statusCode).toBe(429);
  expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
  expect(blocked.json().error.message.ja).toContain('試行回数');
  // Another account from the same address is not locked out by the attack on the first.
  const other = await context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'po.jst@demo.kakehashi.org', password: 'kakehashi-demo' } });
  expect(other.statusCode).toBe(200);
});
