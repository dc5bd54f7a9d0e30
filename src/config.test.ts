import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('mail configuration', () => {
  it('defaults to logging mail, with the documented sender, poll interval and attempts', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Kakehashi <no-reply@kakehashi.localhost>', pollMs: 2000, maxAttempts: 5 });
  });

  it('reads SMTP_URL, MAIL_FROM, MAIL_POLL_MS and MAIL_MAX_ATTEMPTS', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example:587', MAIL_FROM: 'JST <grants@jst.example>', MAIL_POLL_MS: '500', MAIL_MAX_ATTEMPTS: '8' });
    expect(config.mail).toEqual({ smtpUrl: 'smtp://user:pass@mail.example:587', from: 'JST <grants@jst.example>', pollMs: 500, maxAttempts: 8 });
  });

  it('names every bad mail setting at once', () => {
    try {
      loadConfig({ SMTP_URL: 'http://mail.example', MAIL_POLL_MS: 'often', MAIL_MAX_ATTEMPTS: '0' });
      expect.unreachable('a bad configuration must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('SMTP_URL');
      expect(problems).toContain('MAIL_POLL_MS');
      expect(problems).toContain('MAIL_MAX_ATTEMPTS');
    }
  });
});
