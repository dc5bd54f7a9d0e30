import type { TFunction } from 'i18next';
import { joinList } from '../formatting/labels.js';

/** One eligibility rule of a call in words, e.g. "The partner PI must hold funding from NSF, DOE". */
export function ruleText(t: TFunction, rule: Record<string, unknown>): string {
  const code = typeof rule.rule === 'string' ? rule.rule : '';
  switch (code) {
    case 'partner_pi_funded_by': {
      const agencies = Array.isArray(rule.agencies) ? rule.agencies.map(String) : [];
      return t('call.rule.partner_pi_funded_by', { agencies: joinList(t, agencies) });
    }
    case 'exchange_required':
      return t('call.rule.exchange_required', { number: typeof rule.minEarlyCareer === 'number' ? rule.minEarlyCareer : 1 });
    case 'budget_within_cap':
      return t('call.rule.budget_within_cap');
    case 'one_proposal_per_pi':
      return t('call.rule.one_proposal_per_pi');
    default: {
      // A rule this UI does not know yet: show its code and settings rather than hide it.
      const { rule: _code, ...settings } = rule;
      const details = Object.keys(settings).length > 0 ? JSON.stringify(settings) : '';
      return details ? t('call.rule.other', { rule: code, details }) : code;
    }
  }
}
