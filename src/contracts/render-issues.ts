import { z } from 'zod';
import type { ValidationIssue } from '../domain/app-error.js';

const japanese = z.locales.ja();
const english = z.locales.en();

/** `['proposals', 3, 'teams', 1, 'country']` → `proposals[3].teams[1].country`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text || '(root)';
}

function localise(issue: z.core.$ZodIssue, locale: { localeError: z.core.$ZodErrorMap }): string {
  const rendered = locale.localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof rendered === 'string') return rendered;
  return rendered?.message ?? issue.message;
}

/**
 * Every issue of a failed parse with its full JSON path and a message in both languages. Custom
 * checks carry their Japanese text in `params.ja`; built-in ones use zod's own locales.
 */
export function renderZodIssues(error: z.ZodError, pathPrefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return error.issues.flatMap((issue) => renderIssue(issue, pathPrefix));
}

function renderIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): ValidationIssue[] {
  const path = [...prefix, ...issue.path];
  // A union that failed on every branch: report the branches' own problems, they say what to fix.
  if (issue.code === 'invalid_union' && issue.errors.length > 0 && !('discriminator' in issue)) {
    return issue.errors.flatMap((branch) => branch.flatMap((inner) => renderIssue(inner, path))).slice(0, 10);
  }
  if (issue.code === 'custom') {
    const ja = (issue.params as { ja?: string } | undefined)?.ja;
    return [{ path: formatJsonPath(path), message: { en: issue.message, ja: ja ?? issue.message } }];
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatJsonPath([...path, key]),
      message: { en: `Unknown field "${key}": remove it or check its spelling`, ja: `不明な項目 "${key}" です。削除するか綴りを確認してください` },
    }));
  }
  return [{ path: formatJsonPath(path), message: { en: localise(issue, english), ja: localise(issue, japanese) } }];
}
