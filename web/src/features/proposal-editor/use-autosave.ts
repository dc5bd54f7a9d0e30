import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isApiError } from '../../api-client.js';
import { fetchDraft, saveDraft, type DraftView } from './api.js';
import { adoptNewRefs, emptyDirty, formFromView, hasChanges, saveBody, type EditorForm } from './editor-form.js';
import { draftKey } from './queries.js';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict'; error: unknown };

export type EditTarget = { common: keyof Omit<EditorForm, 'teams'> } | { team: number };

// Long enough not to save on every keystroke, short enough that little is lost if the tab closes.
const AUTOSAVE_DELAY_MS = 1200;

/**
 * The editor's working copy with debounced autosave: each edit marks its part as changed; a
 * pause in typing saves the changed parts against the version the editor holds. A CONFLICT
 * (the other PI saved first) stops autosave until the reader reloads, so nothing is
 * overwritten unseen.
 */
export function useAutosave(ref: string, initial: DraftView) {
  const queryClient = useQueryClient();
  const [view, setView] = useState(initial);
  const [form, setForm] = useState(() => formFromView(initial));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const dirty = useRef(emptyDirty());
  const isSaving = useRef(false);
  // The timer's save reads the latest working copy and version, not those of its render.
  const formRef = useRef(form);
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    formRef.current = form;
    viewRef.current = view;
  });

  const adopt = useCallback(
    (next: DraftView) => {
      setView(next);
      queryClient.setQueryData(draftKey(ref), next);
    },
    [queryClient, ref],
  );

  const save = useCallback(async () => {
    if (isSaving.current) return;
    const body = saveBody(formRef.current, dirty.current, viewRef.current);
    if (!hasChanges(body)) {
      setStatus((previous) => (previous.kind === 'pending' ? { kind: 'idle' } : previous));
      return;
    }
    const sent = dirty.current;
    dirty.current = emptyDirty();
    isSaving.current = true;
    setStatus({ kind: 'saving' });
    try {
      const next = await saveDraft(ref, body);
      adopt(next);
      setForm((current) => adoptNewRefs(current, next));
      const hasMore = dirty.current.common.size > 0 || dirty.current.teams.size > 0;
      setStatus(hasMore ? { kind: 'pending' } : { kind: 'saved', at: next.updatedAt });
    } catch (error) {
      // Keep the unsaved parts marked, so a retry sends them again.
      sent.common.forEach((part) => dirty.current.common.add(part));
      sent.teams.forEach((team) => dirty.current.teams.add(team));
      setStatus(isApiError(error) && error.code === 'CONFLICT' ? { kind: 'conflict', error } : { kind: 'error', error });
    } finally {
      isSaving.current = false;
    }
  }, [adopt, ref]);

  useEffect(() => {
    if (status.kind !== 'pending') return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [status, form, save]);

  /** Changes the working copy and schedules a save of the changed part. */
  const edit = useCallback((target: EditTarget, update: (form: EditorForm) => EditorForm) => {
    setForm((current) => update(current));
    if ('common' in target) dirty.current.common.add(target.common);
    else dirty.current.teams.add(target.team);
    setStatus((previous) => (previous.kind === 'conflict' ? previous : { kind: 'pending' }));
  }, []);

  /** Drops unsaved changes and loads the proposal as the server has it now. */
  const reload = useCallback(async () => {
    const fresh = await fetchDraft(ref);
    dirty.current = emptyDirty();
    adopt(fresh);
    setForm(formFromView(fresh));
    setStatus({ kind: 'idle' });
  }, [adopt, ref]);

  /** Takes a view returned by submit or withdraw. */
  const replace = useCallback(
    (next: DraftView) => {
      dirty.current = emptyDirty();
      adopt(next);
      setForm(formFromView(next));
      setStatus({ kind: 'idle' });
    },
    [adopt],
  );

  return { view, form, status, edit, save, reload, replace };
}
