import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from '../../formatting/components/bilingual-text.js';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { pickBilingual } from '../../formatting/bilingual.js';
import { QueryBoundary } from '../../layout/components/page-states.js';
import { useLanguage } from '../../language/use-language.js';
import { useVersion, useVersions } from '../queries.js';

/** Every saved version (who, when, what kind of change); one can be opened to read it as it was. */
export function VersionHistory({ proposalRef, version }: { proposalRef: string; version: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const versions = useVersions(proposalRef, version);
  const [chosen, setChosen] = useState<number | null>(null);
  const detail = useVersion(proposalRef, chosen);
  return (
    <section aria-labelledby="editor-versions">
      <h2 id="editor-versions">{t('proposal-editor:versions.title')}</h2>
      <QueryBoundary query={versions}>
        {(items) => (
          <ol className="bullet-list" reversed>
            {items.map((item) => (
              <li key={item.version}>
                <button type="button" className="button-link" aria-pressed={chosen === item.version} onClick={() => setChosen(chosen === item.version ? null : item.version)}>
                  {t('proposal-editor:versions.item', { version: item.version, kind: t(`proposal-editor:versions.kind.${item.kind}`) })}
                </button>{' '}
                <LocalInstant iso={item.savedAt} />
                {item.savedBy ? ` — ${pickBilingual(item.savedBy.name, language) || item.savedBy.email}` : ''}
              </li>
            ))}
          </ol>
        )}
      </QueryBoundary>
      {chosen !== null ? (
        <QueryBoundary query={detail}>
          {(data) => (
            <div className="card" aria-live="polite">
              <h3>{t('proposal-editor:versions.viewing', { version: data.version })}</h3>
              <p>
                <LocalText value={data.content.title} />
              </p>
              <dl className="details">
                <dt>{t('proposal-editor:summary.keywords')}</dt>
                <dd>{data.content.keywords.join(', ') || '—'}</dd>
                <dt>{t('proposal-editor:summary.field')}</dt>
                <dd>{data.content.field}</dd>
                <dt>{t('proposal-editor:versions.teams')}</dt>
                <dd>{data.content.teams.map((team) => `${team.role}: ${team.pi} (+${team.members.length})`).join('; ')}</dd>
              </dl>
            </div>
          )}
        </QueryBoundary>
      ) : null}
    </section>
  );
}
