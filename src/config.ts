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
  MAX_DOCUMENT_MB: z.coerce.number().int().min(1).max(512).default(10).describe('Largest PDF document an applicant may upload, in megabytes'),
  PUBLIC_URL: z.url().default('http://localhost:3000').describe('Address at which users reach Kakehashi; invitation links in mails start with it'),
  SMTP_URL: z
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional()
    .describe('SMTP server for outgoing mail, e.g. smtp://user:pass@host:587. Unset: mail is logged and shown to administrators.'),
  MAIL_FROM: z.string().min(3).default('Kakehashi <no-reply@kakehashi.localhost>').describe('Sender of outgoing mail'),
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(2000).describe('How often the mail worker looks for due mail, in milliseconds'),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5).describe('SMTP attempts per mail before it is marked failed'),
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
  maxDocumentMb: number;
  publicUrl: string;
  mail: Readonly<{ smtpUrl: string | undefined; from: string; pollMs: number; maxAttempts: number }>;
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
    maxDocumentMb: env.MAX_DOCUMENT_MB,
    // Without a trailing slash, so links are built as `${publicUrl}/invitations/…`.
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''),
    mail: Object.freeze({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, pollMs: env.MAIL_POLL_MS, maxAttempts: env.MAIL_MAX_ATTEMPTS }),
  });
}
