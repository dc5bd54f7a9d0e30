import fs from 'node:fs/promises';
import { systemActor } from '../../domain/access/actor.js';
import { exportBundle } from '../../services/bundle/export-bundle.js';
import { withDatabase, type CommandEnvironment } from '../cli-io.js';

/** `kakehashi export [--call CODE] [--output FILE]`: a bundle that `import` takes back without loss. */
export async function exportCommand(env: CommandEnvironment, options: { call?: string; output?: string }): Promise<void> {
  const bundle = await withDatabase(env, (ctx) => exportBundle(ctx, systemActor('cli'), { callCode: options.call ?? null }));
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  if (options.output) {
    // Write beside the target and rename, so an interrupted export never leaves half a file.
    const partial = `${options.output}.partial`;
    await fs.writeFile(partial, text);
    await fs.rename(partial, options.output);
  } else {
    env.io.stdout(text);
  }
}
