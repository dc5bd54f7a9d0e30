/**
 * One measured write in a process of its own, so its peak memory is its own: `plain` writes
 * the mapped rows with multi-row INSERTs, `import` runs the whole import of the bundle file.
 * Prints {"ms", "maxRssMiB"} as JSON. Used by import.bench.ts.
 */
import fs from 'node:fs';
import { resourceUsage } from 'node:process';
import { loadConfig } from '../src/config.js';
import { BundleSchema } from '../src/contracts/bundle.schemas.js';
import { createDatabase } from '../src/db/create-db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemActor } from '../src/domain/access/actor.js';
import { systemClock } from '../src/domain/time.js';
import { importBundle } from '../src/services/bundle/import-bundle.js';
import { insertPlainRows, mapBundleToRows } from './plain-insert.js';

const [mode, file, searchPath] = process.argv.slice(2);
const handle = await createDatabase(loadConfig(), searchPath ? { searchPath } : {});
await migrateToLatest(handle.db);
let ms: number;
if (mode === 'plain') {
  const tables = mapBundleToRows(BundleSchema.parse(JSON.parse(fs.readFileSync(file ?? '', 'utf8'))));
  const start = performance.now();
  await insertPlainRows(handle.db, tables);
  ms = performance.now() - start;
} else {
  const start = performance.now();
  await importBundle({ db: handle.db, clock: systemClock }, systemActor('bench'), JSON.parse(fs.readFileSync(file ?? '', 'utf8')));
  ms = performance.now() - start;
}
await handle.close();
console.log(JSON.stringify({ ms, maxRssMiB: Math.round(resourceUsage().maxRSS / 1024) }));
