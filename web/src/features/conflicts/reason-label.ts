import type { TFunction } from 'i18next';
import type { ConflictReason } from './api.js';

/** The label of a conflict rule; exhaustive, so a new rule does not compile until it has one. */
export function conflictReasonLabel(t: TFunction, reason: ConflictReason): string {
  switch (reason) {
    case 'declared':
      return t('conflicts:reason.declared');
    case 'team_member':
      return t('conflicts:reason.team_member');
    case 'institution':
      return t('conflicts:reason.institution');
    case 'coauthor':
      return t('conflicts:reason.coauthor');
  }
}

/** Who acted, as the audit log names them (`user:12:a@b.org`, `system:import`), shown as the address or the system's name. */
export function actorText(label: string): string {
  const user = /^user:\d+:(.+)$/.exec(label);
  if (user?.[1]) return user[1];
  return label.replace(/^system:/, '');
}
