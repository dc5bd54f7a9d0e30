import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalInstant } from '../../formatting/components/formatted.js';
import { EmptyState, ErrorAlert, QueryBoundary } from '../../layout/components/page-states.js';
import { documentUrl } from '../../documents/api.js';
import { useDeleteDocument, useDocuments, useUploadDocument } from '../../documents/queries.js';
import { useProposal } from '../../proposals/queries.js';

const KINDS = ['proposal_form', 'cv', 'letter', 'budget', 'other'] as const;

/**
 * The PDF documents of a proposal: a list with download links and, for editors, an upload form
 * (file input with its label; a missing file, a file over the size limit or a refused file is
 * announced and linked to the input) and a delete button per document. The server checks the
 * file's content and who may change which part.
 */
export function DocumentsPanel({ proposalRef, canEdit }: { proposalRef: string; canEdit: boolean }) {
  const { t } = useTranslation('invitations');
  const id = useId();
  const proposal = useProposal(proposalRef);
  const documents = useDocuments(proposalRef);
  const upload = useUploadDocument(proposalRef);
  const remove = useDeleteDocument(proposalRef);
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const teams = proposal.data?.teams ?? [];
  const maxMb = documents.data?.maxMb ?? null;

  function partLabel(teamPosition: number | null): string {
    if (teamPosition === null) return t('invitations:documents.common');
    const team = teams[teamPosition];
    return team ? t('invitations:panel.teamOption', { number: teamPosition + 1, side: t(`invitations:side.${team.role}`), country: team.country }) : String(teamPosition + 1);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = fileRef.current?.files?.[0] ?? null;
    setNotice(null);
    // Quick checks for the reader's sake only; the server judges the file by its content.
    let problem: string | null = null;
    if (!file) problem = t('invitations:documents.fileRequired');
    else if (maxMb !== null && file.size > maxMb * 1024 * 1024) problem = t('invitations:documents.tooLarge', { maxMb });
    else if (!/\.pdf$/i.test(file.name)) problem = t('invitations:documents.notPdf');
    setFileError(problem);
    if (problem || !file) {
      fileRef.current?.focus();
      return;
    }
    const part = String(data.get('part') ?? '');
    upload.mutate(
      { kind: String(data.get('kind') ?? 'other'), teamPosition: part === '' ? null : Number(part), file },
      {
        onSuccess: (document) => {
          setNotice(t('invitations:documents.uploaded', { filename: document.filename, pages: document.pages }));
          form.reset();
        },
      },
    );
  }

  const fileErrorId = `${id}-file-error`;
  const uploadErrorId = `${id}-upload-error`;
  return (
    <section aria-labelledby={`${id}-title`} className="documents-panel">
      <h2 id={`${id}-title`}>{t('invitations:documents.title')}</h2>
      <p role="status" aria-live="polite">
        {notice}
      </p>
      {remove.isError ? <ErrorAlert error={remove.error} isFocused /> : null}
      <QueryBoundary query={documents}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState>{t('invitations:documents.empty')}</EmptyState>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('invitations:documents.name')}</th>
                  <th scope="col">{t('invitations:documents.kindLabel')}</th>
                  <th scope="col">{t('invitations:documents.part')}</th>
                  <th scope="col">{t('invitations:documents.pages')}</th>
                  <th scope="col">{t('invitations:documents.size')}</th>
                  <th scope="col">{t('invitations:documents.uploadedAt')}</th>
                  {canEdit ? <th scope="col">{t('invitations:panel.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {items.map((document) => (
                  <tr key={document.id}>
                    <td>
                      <a href={documentUrl(proposalRef, document.id)} download={document.filename} aria-label={t('invitations:documents.downloadLabel', { filename: document.filename })}>
                        {document.filename}
                      </a>
                    </td>
                    <td>{t(`invitations:documents.kind.${document.kind}`, { defaultValue: document.kind })}</td>
                    <td>{partLabel(document.teamPosition)}</td>
                    <td>{t('invitations:documents.pageCount', { count: document.pages })}</td>
                    <td>{t('invitations:documents.sizeKb', { size: Math.max(1, Math.round(document.sizeBytes / 1024)) })}</td>
                    <td>
                      <LocalInstant iso={document.uploadedAt} />
                    </td>
                    {canEdit ? (
                      <td>
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t('invitations:documents.deleteLabel', { filename: document.filename })}
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(document.id, { onSuccess: () => setNotice(t('invitations:documents.deleted', { filename: document.filename })) })}
                        >
                          {t('invitations:documents.delete')}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryBoundary>
      {canEdit ? (
        <form className="form" noValidate onSubmit={handleSubmit} aria-describedby={upload.isError ? uploadErrorId : undefined}>
          {maxMb !== null ? <p>{t('invitations:documents.intro', { maxMb })}</p> : null}
          {upload.isError ? <ErrorAlert error={upload.error} isFocused id={uploadErrorId} /> : null}
          <div className="form-field">
            <label htmlFor={`${id}-file`}>{t('invitations:documents.file')}</label>
            <input
              ref={fileRef}
              id={`${id}-file`}
              name="file"
              type="file"
              accept="application/pdf,.pdf"
              required
              aria-invalid={fileError || upload.isError ? true : undefined}
              aria-describedby={fileError ? fileErrorId : upload.isError ? uploadErrorId : undefined}
            />
            {fileError ? (
              <p className="field-error" id={fileErrorId} role="alert">
                {fileError}
              </p>
            ) : null}
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-kind`}>{t('invitations:documents.kindLabel')}</label>
            <select id={`${id}-kind`} name="kind" defaultValue="proposal_form">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`invitations:documents.kind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-part`}>{t('invitations:documents.part')}</label>
            <select id={`${id}-part`} name="part" defaultValue="">
              <option value="">{t('invitations:documents.common')}</option>
              {teams.map((team, index) => (
                <option key={index} value={index}>
                  {partLabel(index)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={upload.isPending}>
            {upload.isPending ? t('invitations:documents.uploading') : t('invitations:documents.upload')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
