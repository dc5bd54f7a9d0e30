import { useTranslation } from 'react-i18next';
import { useAgencyMap } from '../../agencies/queries.js';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { InstantInZone } from '../../formatting/components/formatted.js';
import { fieldLabel, joinList, sideRoleLabel } from '../../formatting/labels.js';
import type { CallSide } from '../api.js';

/** The research fields of a call, by name. */
export function FieldNames({ fields }: { fields: readonly string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <ul className="tag-list">
      {fields.map((field) => (
        <li key={field} className="tag">
          {fieldLabel(t, field)}
        </li>
      ))}
    </ul>
  );
}

/** Each side's deadline in that side's own time zone (or "no deadline"). */
export function SideDeadlines({ sides }: { sides: readonly CallSide[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list deadline-list">
      {sides.map((side, index) => (
        <li key={`${side.role}-${index}`}>
          <span className="deadline-side">{t('call.sideWithAgencies', { side: sideRoleLabel(t, side.role), agencies: joinList(t, side.agencies) })}</span>
          {side.deadline ? <InstantInZone iso={side.deadline} timeZone={side.timezone} /> : <span className="muted">{t('call.noDeadline')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Agency names with their codes; codes alone while the agency list loads. */
export function AgencyNames({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const agencies = useAgencyMap();
  return (
    <ul className="plain-list">
      {codes.map((code) => {
        const agency = agencies.get(code);
        return (
          <li key={code}>
            {agency ? (
              <>
                <LocalText value={agency.name} />
                <span className="muted code-suffix">{t('common.codeInParentheses', { code })}</span>
              </>
            ) : (
              code
            )}
          </li>
        );
      })}
    </ul>
  );
}
