import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { DECISIONS, MODALITIES, PROPOSAL_STATUSES, SIDE_ROLES } from '../../../../src/contracts/bundle.schemas.js';
import type { Role, RoleGrantSchema } from '../../../../src/contracts/api.schemas.js';

export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type Decision = (typeof DECISIONS)[number];
export type Modality = (typeof MODALITIES)[number];
export type SideRole = (typeof SIDE_ROLES)[number];
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

// Each label is a literal key (not a template) so that the catalogue test finds it, and each
// switch is exhaustive so that a new status does not compile until it has a label.

/** The label of a proposal status. */
export function statusLabel(t: TFunction, status: ProposalStatus): string {
  switch (status) {
    case 'draft':
      return t('status.draft');
    case 'submitted':
      return t('status.submitted');
    case 'withdrawn':
      return t('status.withdrawn');
    case 'ineligible':
      return t('status.ineligible');
  }
}

/** The label of a selection decision; null means none recorded yet. */
export function decisionLabel(t: TFunction, decision: Decision | null): string {
  switch (decision) {
    case 'selected':
      return t('decision.selected');
    case 'rejected':
      return t('decision.rejected');
    case 'waitlisted':
      return t('decision.waitlisted');
    case null:
      return t('decision.none');
  }
}

/** The label of a call modality (tier-3 support method). */
export function modalityLabel(t: TFunction, modality: Modality): string {
  switch (modality) {
    case 'single_agency':
      return t('modality.single_agency');
    case 'joint_call':
      return t('modality.joint_call');
    case 'co_funding':
      return t('modality.co_funding');
    case 'twinning':
      return t('modality.twinning');
    case 'lead_agency':
      return t('modality.lead_agency');
  }
}

/** The label of a side of a call or a team of a proposal. */
export function sideRoleLabel(t: TFunction, role: SideRole): string {
  switch (role) {
    case 'lead':
      return t('side.lead');
    case 'partner':
      return t('side.partner');
  }
}

/** The label of a team of a proposal, by the side it belongs to. */
export function teamRoleLabel(t: TFunction, role: SideRole): string {
  switch (role) {
    case 'lead':
      return t('team.lead');
    case 'partner':
      return t('team.partner');
  }
}

/** The label of a user role. */
export function roleLabel(t: TFunction, role: Role): string {
  switch (role) {
    case 'applicant':
      return t('role.applicant');
    case 'programme_officer':
      return t('role.programme_officer');
    case 'programme_director':
      return t('role.programme_director');
    case 'partner_officer':
      return t('role.partner_officer');
    case 'reviewer':
      return t('role.reviewer');
    case 'security_officer':
      return t('role.security_officer');
    case 'analyst':
      return t('role.analyst');
    case 'administrator':
      return t('role.administrator');
  }
}

/** A role with the agency it is scoped to, e.g. "Programme officer (JST)". */
export function roleGrantLabel(t: TFunction, grant: RoleGrant): string {
  const role = roleLabel(t, grant.role);
  return grant.agency ? t('role.withAgency', { role, agency: grant.agency }) : role;
}

/** The fallback text for an error code when the server sent no message. */
export function errorCodeLabel(t: TFunction, code: string): string {
  switch (code) {
    case 'VALIDATION_FAILED':
      return t('error.code.VALIDATION_FAILED');
    case 'NOT_FOUND':
      return t('error.code.NOT_FOUND');
    case 'FORBIDDEN':
      return t('error.code.FORBIDDEN');
    case 'UNAUTHENTICATED':
      return t('error.code.UNAUTHENTICATED');
    case 'INVALID_CREDENTIALS':
      return t('error.code.INVALID_CREDENTIALS');
    case 'CSRF_TOKEN_INVALID':
      return t('error.code.CSRF_TOKEN_INVALID');
    case 'TOO_MANY_ATTEMPTS':
      return t('error.code.TOO_MANY_ATTEMPTS');
    case 'CONFLICT':
      return t('error.code.CONFLICT');
    case 'NETWORK_ERROR':
      return t('error.code.NETWORK_ERROR');
    default:
      return t('error.code.UNKNOWN');
  }
}

/** The name of a research field from the `fields` catalogue, else its code. */
export function fieldLabel(t: TFunction, code: string): string {
  return t(code, { ns: 'fields', defaultValue: code });
}

/** Items joined as the reader's language writes a list ("NSF, DOE" / "NSF、DOE"). */
export function joinList(t: TFunction, items: readonly string[]): string {
  return items.join(t('list.separator'));
}
