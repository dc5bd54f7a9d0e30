import { describe, expect, it } from 'vitest';
import { systemActor } from '../../domain/access/actor.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { useTestDatabase } from '../../../test/support/test-db.js';
import { importBundle } from '../bundle/import-bundle.js';
import { sendDeadlineReminders } from './send-deadline-reminders.js';

const database = useTestDatabase();
const system = systemActor('test');

async function remindersTo(prefix: string) {
  return database.ctx.db
    .selectFrom('mail_outbox')
    .select(['recipient', 'template', 'language', 'params'])
    .where('template', '=', 'deadline_reminder')
    .orderBy('id')
    .execute()
    .then((rows) => rows.filter((row) => JSON.stringify(row.params).includes(prefix)));
}

describe('deadline reminders', () => {
  it('reminds the PIs of a draft 7 days and 1 day before each side\'s deadline, once each', async () => {
    const prefix = uniquePrefix();
    const bundle = makeJointCallBundle(prefix);
    bundle.people![0]!.email = `lead-${prefix}@example.org`;
    bundle.people![4]!.email = `partner-${prefix}@example.org`;
    await importBundle(database.ctx, system, bundle);
    // P2 is the draft (PIs p4 and p5); JST's deadline is 2026-06-30 12:00 Tokyo = 03:00 UTC.
    await database.ctx.db.updateTable('people').set({ email: `draft-lead-${prefix}@example.org` }).where('ref', '=', `${prefix}-p4`).execute();

    database.setNow('2026-06-23T02:59:59Z');
    expect((await sendDeadlineReminders(database.ctx, system)).reminded).toBe(0);

    database.setNow('2026-06-23T03:00:00Z');
    await sendDeadlineReminders(database.ctx, system);
    database.setNow('2026-06-23T09:00:00Z');
    await sendDeadlineReminders(database.ctx, system);
    let mails = await remindersTo(`${prefix}-P2`);
    // Both PIs of the draft (the lead p4 and the partner p5), once.
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([`draft-lead-${prefix}@example.org`, `partner-${prefix}@example.org`]);
    expect(mails[0]?.params).toMatchObject({ proposalRef: `${prefix}-P2`, deadline: '2026-06-30 12:00:00 +09:00 Asia/Tokyo' });

    // On the 29th JST's last day has begun, and ANR's deadline (17:00 Paris) is within 7 days.
    database.setNow('2026-06-29T03:00:00Z');
    await sendDeadlineReminders(database.ctx, system);
    mails = (await remindersTo(`${prefix}-P2`)).filter((mail) => mail.recipient.startsWith('draft-lead'));
    expect(mails.map((mail) => (mail.params as { deadline: string }).deadline)).toEqual([
      '2026-06-30 12:00:00 +09:00 Asia/Tokyo', // 7 days before JST's deadline
      '2026-06-30 12:00:00 +09:00 Asia/Tokyo', // its last day
      '2026-06-30 17:00:00 +02:00 Europe/Paris', // 7 days before ANR's
    ]);
    // Submitted and withdrawn proposals are never reminded.
    expect(await remindersTo(`${prefix}-P1`)).toEqual([]);
    expect(await remindersTo(`${prefix}-P3`)).toEqual([]);
  });
});
