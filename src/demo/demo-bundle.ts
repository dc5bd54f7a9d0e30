import { BUNDLE_FORMAT, type BundleInput } from '../contracts/bundle.schemas.js';
import { buildAspire2022Trial } from './aspire-2022-trial.js';
import { buildAgencies, buildProgrammes } from './demo-agencies.js';
import { addKeyPeople, buildOrganisations, createPeopleRegistry } from './demo-people.js';
import { buildSicorpJstAnr } from './sicorp-jst-anr.js';

/**
 * The demo data set (`kakehashi demo`): the ASPIRE FY2022 trial call as reported in seed 003 and a
 * SICORP-style JST–ANR joint call (seed 004), with their agencies, people, reviewers and reviews.
 * Deterministic: every call returns the same bundle (no clock, no randomness), so loading the
 * demo twice is idempotent and tests can count on exact numbers.
 */
export function buildDemoBundle(): BundleInput {
  const registry = createPeopleRegistry();
  // The people behind the demo log-ins come first so that their refs never depend on the rest.
  addKeyPeople(registry);
  const aspire = buildAspire2022Trial(registry);
  const sicorp = buildSicorpJstAnr(registry);
  return {
    format: BUNDLE_FORMAT,
    agencies: buildAgencies(),
    organisations: buildOrganisations(),
    people: registry.people,
    programmes: buildProgrammes(),
    calls: [aspire.call, sicorp.call],
    proposals: [...aspire.proposals, ...sicorp.proposals],
    reviewers: [...aspire.reviewers, ...sicorp.reviewers],
    reviews: sicorp.reviews,
  };
}
