import { Argument, Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { isAppError } from '../domain/app-error.js';
import { ERROR_STATUS } from '../contracts/error-status.js';
import { errorMessage } from '../i18n/catalogue.js';
import { FORMAT_OPTION, type CliIo, type CommandEnvironment } from './cli-io.js';

/**
 * The `kakehashi` command line. Each command is loaded only when used, so `kakehashi report`
 * does not pay for the web server's modules. Returns the exit code.
 */
export async function main(argv: readonly string[], io: CliIo, environment?: Record<string, string | undefined>): Promise<number> {
  let env: CommandEnvironment;
  try {
    env = { io, config: loadConfig(environment) };
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const program = new Command()
    .name('kakehashi')
    .description('Kakehashi (架け橋): international joint research programmes — calls, proposals, review, selection.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .option(...FORMAT_OPTION)
    .action(async (options: { format: string }) => (await import('./commands/migrate.js')).migrateCommand(env, options));

  program
    .command('serve')
    .description('run the web platform and its API')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--demo-if-empty', 'load the demo into an empty database first')
    .action(async (options: { port?: string; demoIfEmpty?: boolean }) => (await import('./commands/serve.js')).serveCommand(env, options));

  program
    .command('demo')
    .description('load the demo data and sign-ins (idempotent)')
    .option(...FORMAT_OPTION)
    .action(async (options: { format: string }) => (await import('./commands/demo.js')).demoCommand(env, options));

  program
    .command('import')
    .description('validate a bundle whole, then write it in one transaction ("-" reads standard input)')
    .argument('<file>', 'bundle file (kakehashi-bundle/1 JSON)')
    .option(...FORMAT_OPTION)
    .option('--progress', 'report the stages of a long import on standard error')
    .action(async (file: string, options: { format: string; progress?: boolean }) => (await import('./commands/import.js')).importCommand(env, file, options));

  program
    .command('export')
    .description('write a bundle that import takes back without loss')
    .option('--call <code>', 'only this call and what it refers to')
    .option('--output <file>', 'write to a file instead of standard output')
    .option(...FORMAT_OPTION)
    .action(async (options: { call?: string; output?: string }) => (await import('./commands/export.js')).exportCommand(env, options));

  program
    .command('check')
    .description('eligibility of every proposal of a call: each failed rule with its message')
    .requiredOption('--call <code>', 'call code')
    .option(...FORMAT_OPTION)
    .action(async (options: { call?: string; format: string }) => (await import('./commands/check.js')).checkCommand(env, options));

  program
    .command('conflicts')
    .description('conflicts of interest between the call\'s proposals and its agencies\' reviewers, with every reason')
    .requiredOption('--call <code>', 'call code')
    .option('--agency <code>', 'only this agency\'s reviewer pool')
    .option(...FORMAT_OPTION)
    .action(async (options: { call: string; agency?: string; format: string }) => (await import('./commands/conflicts.js')).conflictsCommand(env, options));

  program
    .command('assign')
    .description('solve an agency\'s reviewer assignment exactly (maximum total affinity) and store it as the draft')
    .requiredOption('--call <code>', 'call code')
    .requiredOption('--agency <code>', 'the reviewing agency')
    .option('--per-proposal <k>', 'reviewers per proposal (default: the call\'s reviewsPerProposal, else 3)')
    .option('--affinity <file>', 'CSV with the header reviewer,proposal,affinity replacing the computed affinity of the pairs it lists')
    .option('--replace-published', 'replace a published assignment (its reviewers were already notified)')
    .option(...FORMAT_OPTION)
    .action(async (options: { call: string; agency: string; perProposal?: string; affinity?: string; replacePublished?: boolean; format: string }) => (await import('./commands/assign.js')).assignCommand(env, options));

  program
    .command('scores')
    .description('raw, normalised and percentile scores of one agency\'s submitted reviews of a call')
    .requiredOption('--call <code>', 'call code')
    .requiredOption('--agency <code>', 'the agency whose reviewers\' reviews count')
    .option(...FORMAT_OPTION)
    .action(async (options: { call: string; agency: string; format: string }) => (await import('./commands/scores.js')).scoresCommand(env, options));

  type PairOptions = { call: string; agency: string; proposal?: string; reviewer?: string; reason?: string; format: string };
  const pairOptions = (command: Command, reasonHelp?: string): Command => {
    command
      .requiredOption('--call <code>', 'call code')
      .requiredOption('--agency <code>', 'the agency whose review it is')
      .option('--proposal <ref>', 'proposal ref')
      .option('--reviewer <ref>', 'the reviewer\'s person ref');
    if (reasonHelp) command.option('--reason <text>', reasonHelp);
    return command.option(...FORMAT_OPTION);
  };

  pairOptions(
    program
      .command('conflict')
      .description('an officer records a conflict for a pair (add), or waives or unwaives a detected one, with a recorded reason')
      .addArgument(new Argument('<action>', 'what to do').choices(['add', 'waive', 'unwaive'])),
    'why (required for add and waive)',
  ).action(async (action: 'add' | 'waive' | 'unwaive', options: PairOptions) => (await import('./commands/review-admin.js')).conflictCommand(env, action, options));

  pairOptions(
    program
      .command('assignment')
      .description('show an agency\'s stored assignment, pin or forbid a pair for the next solve (clear undoes it), or publish it and mail the reviewers')
      .addArgument(new Argument('<action>', 'what to do').choices(['show', 'pin', 'forbid', 'clear', 'publish'])),
  ).action(async (action: 'show' | 'pin' | 'forbid' | 'clear' | 'publish', options: PairOptions) => (await import('./commands/review-admin.js')).assignmentCommand(env, action, options));

  pairOptions(program.command('reopen-review').description('reopen a submitted review so its reviewer can change it, with a recorded reason'), 'why (required)').action(
    async (options: PairOptions) => (await import('./commands/review-admin.js')).reopenReviewCommand(env, options),
  );

  const report = program.command('report').description('statistics');
  report
    .command('proposals')
    .description('counts of proposals and selected proposals grouped by dimensions')
    .requiredOption('--call <code>', 'call code')
    .requiredOption('--by <dimensions>', 'comma-separated: partner-country, partner-agency, field, status, decision')
    .option('--format <format>', 'text, json or csv', 'text')
    .action(async (options: { call?: string; by?: string; format: string }) => (await import('./commands/report.js')).reportProposalsCommand(env, options));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, env);
  }
}

function reportError(error: unknown, env: CommandEnvironment): number {
  const { io, config } = env;
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isAppError(error)) {
    const language = config.language;
    io.stderr(`error: ${errorMessage(language, error.code, { ...error.params })}\n`);
    for (const issue of error.issues) io.stderr(`  ${issue.path}: ${issue.message[language]}\n`);
    return ERROR_STATUS[error.code].exit;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    io.stderr(`error: ${(error as Error).message}\n`);
    return 1;
  }
  io.stderr(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 70;
}
