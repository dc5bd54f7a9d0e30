import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_STATUS_FILTERS, type MailStatusFilter } from '../api.js';

/** Chooses which mails the outbox shows: all, or one status. */
export function MailStatusFilterSelect({ value, onChange }: { value: MailStatusFilter | undefined; onChange: (value: MailStatusFilter | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{t('mail:admin.filter')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const next = MAIL_STATUS_FILTERS.find((status) => status === event.target.value);
          onChange(next);
        }}
      >
        <option value="">{t('mail:admin.all')}</option>
        {MAIL_STATUS_FILTERS.map((status) => (
          <option key={status} value={status}>
            {t(`mail:status.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
