import fs from 'node:fs/promises';
import { systemActor } from '../../domain/access/actor.js';
import { importBundle, parseBundleText, type ImportProgress } from '../../services/bundle/import-bundle.js';
import { printJson, withDatabase, type CommandEnvironment } from '../cli-io.js';

/** `kakehashi import FILE`: validates the whole bundle, then writes it in one transaction. */
export async function importCommand(env: CommandEnvironment, file: string, options: { format: string; progress?: boolean }): Promise<void> {
  const text = file === '-' ? await env.io.readStdin() : await fs.readFile(file, 'utf8');
  const input = parseBundleText(text);
  const onProgress = options.progress
    ? (event: ImportProgress) => env.io.stderr(`valid after ${(event.elapsedMs / 1000).toFixed(1)} s; writing in one transaction…\n`)
    : undefined;
  const counts = await withDatabase(env, (ctx) => importBundle(ctx, systemActor('cli'), input, { ...(onProgress ? { onProgress } : {}) }));
  if (options.format === 'json') {
    printJson(env.io, { imported: counts });
  } else {
    const parts = Object.entries(counts).filter(([, count]) => count > 0).map(([kind, count]) => `${count} ${kind}`);
    env.io.stdout(`Imported ${parts.join(', ') || 'nothing'}.\n`);
  }
}
