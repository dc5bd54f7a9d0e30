import { expect, it } from 'vitest';
import { actorLabel, isUserLabelOf, systemActor, type Actor } from './actor.js';

const user: Actor = { kind: 'user', userId: 12, email: 'a@example.org', personRef: 'p', roles: [] };

it('recognises a user\'s own audit label even after their email changed, and nobody else\'s', () => {
  expect(isUserLabelOf(user, actorLabel(user))).toBe(true);
  expect(isUserLabelOf(user, 'user:12:old@example.org')).toBe(true);
  expect(isUserLabelOf(user, 'user:123:a@example.org')).toBe(false);
  expect(isUserLabelOf(user, null)).toBe(false);
  expect(isUserLabelOf(systemActor('cli'), 'system:cli')).toBe(false);
});
