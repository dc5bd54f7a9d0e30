import { main } from './main.js';

/** The process entry point: real streams, real environment, exit with the command's code. */
const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

const code = await main(process.argv.slice(2), io);
// Let stdout drain before exiting (a piped `export` can be many megabytes).
process.stdout.write('', () => process.exit(code));
