import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of the environment. Every variable is documented here and in the README; a bad
 * value stops the process at start with every problem listed.
 */
const EnvironmentSchema = z.object({
  DATABASE_URL: z
    .url()
    .optional()
    .describe('PostgreSQL server to use, e.g. postgres://user:pass@host:5432/kakehashi. Unset: embedded PGlite.'),
  KAKEHASHI_DATA_DIR: z.string().min(1).default('./data').describe('Directory of the embedded database (PGlite) when DATABASE_URL is unset'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().min(1).default('127.0.0.1').describe('Interface to listen on; 0.0.0.0 for all'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12).describe('Lifetime of a sign-in session'),
  COOKIE_SECURE: z
    .enum(['true', 'false', 'auto'])
    .default('auto')
    .describe('Mark cookies Secure: auto = only when the request came over HTTPS'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10).describe('Sign-in attempts per IP and email per 15 minutes'),
  KAKEHASHI_WEB_DIR: z.string().optional().describe('Directory of the built web UI (default: dist/web of the package)'),
  KAKEHASHI_LANG: z.enum(['en', 'ja']).optional().describe('Language of command-line messages (default: from LANG, else en)'),
  LANG: z.string().optional(),
});

export type Config = Readonly<{
  database: Readonly<{ engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string }>;
  port: number;
  host: string;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  sessionTtlHours: number;
  cookieSecure: 'true' | 'false' | 'auto';
  loginRateLimit: number;
  webDir: string | undefined;
  language: 'en' | 'ja';
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  return Object.freeze({
    database: Object.freeze(
      env.DATABASE_URL
        ? { engine: 'postgres' as const, url: env.DATABASE_URL }
        : { engine: 'pglite' as const, dataDir: path.resolve(env.KAKEHASHI_DATA_DIR) },
    ),
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    cookieSecure: env.COOKIE_SECURE,
    loginRateLimit: env.LOGIN_RATE_LIMIT,
    webDir: env.KAKEHASHI_WEB_DIR,
    language: env.KAKEHASHI_LANG ?? (env.LANG?.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
  });
}
