import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../domain/bilingual-text.js';

/**
 * The message catalogues in `locales/{en,ja}/<namespace>.json`, shared with the web UI. Found by
 * walking up from this file to the package root, so the same code works from `src/` under tsx
 * and from `dist/server/` after the build.
 */
type Catalogue = Record<string, unknown>;

function packageRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('package.json not found above the i18n module');
    directory = parent;
  }
  return directory;
}

const cache = new Map<string, Catalogue>();

function load(language: Language, namespace: string): Catalogue {
  const key = `${language}/${namespace}`;
  let catalogue = cache.get(key);
  if (!catalogue) {
    const file = path.join(packageRoot(), 'locales', language, `${namespace}.json`);
    catalogue = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Catalogue) : {};
    cache.set(key, catalogue);
  }
  return catalogue;
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The message `namespace:key` in `language` with `{{param}}` filled in; the key itself if missing. */
export function translate(language: Language, namespaceAndKey: string, params: Record<string, string | number> = {}): string {
  const [namespace, key] = namespaceAndKey.includes(':') ? (namespaceAndKey.split(':', 2) as [string, string]) : ['common', namespaceAndKey];
  const template = lookup(load(language, namespace), key) ?? namespaceAndKey;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Whether a key exists in a language (labels fall back to codes when a catalogue lacks one). */
export function hasTranslation(language: Language, namespaceAndKey: string): boolean {
  const [namespace, key] = namespaceAndKey.split(':', 2) as [string, string];
  return lookup(load(language, namespace), key) !== undefined;
}

/**
 * The message of an error code in `language`. A `kind` parameter (call, proposal, page) is
 * itself translated, so the Japanese message never carries an English noun.
 */
export function errorMessage(language: Language, code: string, params: Record<string, string | number> = {}): string {
  const localised = typeof params.kind === 'string' && hasTranslation(language, `errors:kind.${params.kind}`)
    ? { ...params, kind: translate(language, `errors:kind.${params.kind}`) }
    : params;
  return translate(language, `errors:${code}`, localised);
}

/** The message of an error code in both languages. */
export function errorMessages(code: string, params: Record<string, string | number> = {}): { en: string; ja: string } {
  return { en: errorMessage('en', code, params), ja: errorMessage('ja', code, params) };
}
