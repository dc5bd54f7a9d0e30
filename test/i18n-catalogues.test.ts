import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every message exists in English and Japanese (CONVENTIONS.md, "Front end"): both catalogues of
 * each namespace have the same keys, no value is empty, and every key the web UI uses exists.
 * Namespace files are discovered, so catalogues added by any feature are checked too.
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const localesDir = join(repoRoot, 'locales');
const webSourceDir = join(repoRoot, 'web', 'src');
const LANGUAGES = ['en', 'ja'] as const;
const DEFAULT_NAMESPACE = 'web';

type Catalogue = Record<string, unknown>;

function namespacesOf(language: string): string[] {
  return readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

function readCatalogue(language: string, namespace: string): Catalogue {
  return JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')) as Catalogue;
}

/** `{a: {b: 'x'}, c: ['y']}` → `{'a.b': 'x', 'c.0': 'y'}`: every leaf under its full key. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `range_one` and `range_other` are both the key `range` in another language's eyes. */
function pluralBase(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

function flatten(value: Catalogue | unknown[], prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'object' && child !== null) {
      for (const [innerKey, innerValue] of flatten(child as Catalogue | unknown[], path)) flat.set(innerKey, innerValue);
    } else {
      flat.set(path, child);
    }
  }
  return flat;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// t('key'), t("ns:key"), i18n.t('key', …), and <Trans i18nKey="key">. Keys built at run time
// (field codes) are not literal and are checked by the catalogue parity instead.
const KEY_PATTERNS = [/\bt\(\s*(['"])([^'"\n]+)\1/g, /\bi18nKey=(?:\{\s*)?(['"])([^'"\n]+)\1/g];

/** Every literal translation key used in the web UI, as `namespace:key`, with where it is used. */
function usedKeys(): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const file of sourceFiles(webSourceDir)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of KEY_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const raw = match[2] ?? '';
        const qualified = raw.includes(':') ? raw : `${DEFAULT_NAMESPACE}:${raw}`;
        const where = relative(repoRoot, file);
        keys.set(qualified, [...(keys.get(qualified) ?? []), where]);
      }
    }
  }
  return keys;
}

const namespaces = [...new Set(LANGUAGES.flatMap(namespacesOf))].sort();

describe('message catalogues', () => {
  it('exist for both languages with the default namespace', () => {
    expect(namespaces).toContain(DEFAULT_NAMESPACE);
    expect(namespaces).toContain('fields');
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    it('has a file in every language', () => {
      for (const language of LANGUAGES) {
        expect(namespacesOf(language), `locales/${language}/${namespace}.json is missing`).toContain(namespace);
      }
    });

    it('has the same keys in English and Japanese', () => {
      // Plural forms differ by language (English one/other, Japanese other only): compare base keys.
      const [en, ja] = LANGUAGES.map((language) => [...new Set([...flatten(readCatalogue(language, namespace)).keys()].map(pluralBase))].sort());
      const onlyEn = en?.filter((key) => !ja?.includes(key)) ?? [];
      const onlyJa = ja?.filter((key) => !en?.includes(key)) ?? [];
      expect({ onlyInEnglish: onlyEn, onlyInJapanese: onlyJa }).toEqual({ onlyInEnglish: [], onlyInJapanese: [] });
    });

    it('has no empty values', () => {
      for (const language of LANGUAGES) {
        const empty = [...flatten(readCatalogue(language, namespace))]
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => `${language}:${key}`);
        expect(empty).toEqual([]);
      }
    });
  });

  it('contain every key used in web/src', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const [qualified, files] of used) {
      const separator = qualified.indexOf(':');
      const namespace = qualified.slice(0, separator);
      const key = qualified.slice(separator + 1);
      for (const language of LANGUAGES) {
        const catalogue = namespaces.includes(namespace) && namespacesOf(language).includes(namespace) ? flatten(readCatalogue(language, namespace)) : new Map();
        const value = catalogue.get(key) ?? catalogue.get(`${key}_other`);
        if (typeof value !== 'string' || value.trim() === '') missing.push(`${language}/${namespace}.json: ${key} (used in ${[...new Set(files)].join(', ')})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
