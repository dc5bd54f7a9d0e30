/**
 * Generates the committed documents from the zod contracts: docs/openapi.json (from the routes)
 * and docs/bundle.schema.json (from BundleSchema). `--check` fails when a committed file is
 * stale, so the documents can never drift from the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import { buildApp } from '../src/api/build-app.js';
import { loadConfig } from '../src/config.js';
import { BundleSchema } from '../src/contracts/bundle.schemas.js';
import type { Database } from '../src/db/database.js';
import { systemClock } from '../src/domain/time.js';

const root = path.resolve(import.meta.dirname, '..');
const isCheck = process.argv.includes('--check');

async function openApiDocument(): Promise<unknown> {
  // The routes are only described, never called: a pool that never connects is enough.
  const db: Database = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ max: 1 }) }) });
  const app = await buildApp({ ctx: { db, clock: systemClock }, config: loadConfig({ KAKEHASHI_WEB_DIR: '/nonexistent' }) });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
}

function bundleJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(BundleSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://kakehashi.example/schemas/kakehashi-bundle-1.json',
    title: 'Kakehashi interchange bundle (kakehashi-bundle/1)',
  };
}

const outputs: Array<[string, unknown]> = [
  ['docs/openapi.json', await openApiDocument()],
  ['docs/bundle.schema.json', bundleJsonSchema()],
];

let stale = 0;
for (const [file, document] of outputs) {
  const target = path.join(root, file);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current === text) continue;
  if (isCheck) {
    console.error(`${file} is stale: run "npm run gen" and commit the result.`);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
