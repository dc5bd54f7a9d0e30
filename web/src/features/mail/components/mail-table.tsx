import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalInstant } from '../../formatting/components/formatted.js';
import type { MailEntry } from '../api.js';

/** The outbox as a table; each mail's rendered body and attempts open below its row. */
export function MailTable({ items, captionId }: { items: MailEntry[]; captionId: string }) {
  const { t } = useTranslation();
  const [openIds, setOpenIds] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpenIds((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table data-table-wide mail-table">
        <caption id={captionId} className="visually-hidden">
          {t('mail:admin.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('mail:admin.recipient')}</th>
            <th scope="col">{t('mail:admin.template')}</th>
            <th scope="col">{t('mail:admin.language')}</th>
            <th scope="col">{t('mail:admin.subject')}</th>
            <th scope="col">{t('mail:admin.status')}</th>
            <th scope="col">{t('mail:admin.attempts')}</th>
            <th scope="col">{t('mail:admin.createdAt')}</th>
            <th scope="col">{t('mail:admin.sentAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((mail) => {
            const isOpen = openIds.has(mail.id);
            const bodyId = `mail-body-${mail.id}`;
            return (
              <Fragment key={mail.id}>
                <tr>
                  <th scope="row" className="row-heading cell-nowrap">
                    {mail.recipient}
                  </th>
                  <td className="cell-nowrap">{t(`mail:template.${mail.template}`)}</td>
                  <td>
                    <span lang={mail.language}>{mail.language}</span>
                  </td>
                  <td lang={mail.language}>
                    <button type="button" className="link-button" aria-expanded={isOpen} aria-controls={bodyId} onClick={() => toggle(mail.id)}>
                      {mail.subject}
                      <span className="visually-hidden">{isOpen ? t('mail:admin.hideBody') : t('mail:admin.showBody')}</span>
                    </button>
                  </td>
                  <td className="cell-nowrap">
                    <span className={`status-badge status-${mail.status}`}>{t(`mail:status.${mail.status}`)}</span>
                  </td>
                  <td>{mail.attempts}</td>
                  <td className="cell-nowrap">
                    <LocalInstant iso={mail.createdAt} />
                  </td>
                  <td className="cell-nowrap">{mail.sentAt ? <LocalInstant iso={mail.sentAt} /> : null}</td>
                </tr>
                <tr id={bodyId} hidden={!isOpen}>
                  <td colSpan={8}>
                    {isOpen ? (
                      <div className="mail-body">
                        <pre lang={mail.language} className="mail-text">
                          {mail.text}
                        </pre>
                        {mail.lastError ? (
                          <p>
                            <strong>{t('mail:admin.lastError')}</strong> <code>{mail.lastError}</code>
                          </p>
                        ) : null}
                        {mail.attemptLog.length > 0 ? (
                          <ol className="mail-attempts">
                            {mail.attemptLog.map((attempt) => (
                              <li key={attempt.attempt}>
                                <LocalInstant iso={attempt.at} /> {t(`mail:attempt.${attempt.outcome}`)}
                                {attempt.error ? <code> {attempt.error}</code> : null}
                              </li>
                            ))}
                          </ol>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
