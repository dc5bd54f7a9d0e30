import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../domain/access/actor.js';
import { DEMO_APPLICANT } from '../../demo/demo-people.js';
import { importBundle } from '../../services/bundle/import-bundle.js';
import { makeJointCallBundle, uniquePrefix } from '../../../test/support/factories.js';
import { sessionCookie, signInAs, useTestApp, type SignedIn } from '../../../test/support/build-test-app.js';

const harness = useTestApp();
const database = harness.database;
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../../../test/fixtures', name));

/** A draft joint JST–ANR proposal whose lead PI is the demo applicant; the partner team's place is held by them too. */
async function draftProposal(): Promise<string> {
  const prefix = uniquePrefix();
  const bundle = makeJointCallBundle(prefix);
  const call = bundle.calls?.[0];
  const proposal = bundle.proposals?.[1];
  if (!call || !proposal || !bundle.people) throw new Error('factory changed');
  call.sides = call.sides.map((side, index) => ({ ...side, agency: index === 0 ? 'JST' : 'ANR' }));
  proposal.teams = proposal.teams.map((team, index) => ({ ...team, agency: index === 0 ? 'JST' : 'ANR', pi: DEMO_APPLICANT, funding: index === 0 ? [] : [{ agency: 'ANR' }] }));
  bundle.proposals = [proposal];
  // Named in the bundle too (as the demo has them), so the proposal does not depend on how the reference check reads stored people.
  bundle.people.push({ ref: DEMO_APPLICANT, name: { en: 'Haruka Tanabe', ja: '田辺 遥' }, affiliations: [] });
  bundle.reviewers = [];
  bundle.reviews = [];
  await importBundle(database.ctx, systemActor('test'), bundle).catch((error: unknown) => {
    throw new Error(JSON.stringify((error as { issues?: unknown }).issues ?? error));
  });
  return proposal.ref;
}

function headers(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** A multipart body built with undici's FormData (in Node), fields first, then the file. */
async function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer; type: string } | null) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type') ?? '' };
}

describe('invitation routes', () => {
  it('invites a partner PI, who creates an account through the link, is signed in and sees the proposal', async () => {
    const ref = await draftProposal();
    const lead = await signInAs(harness.app, 'applicant@demo.kakehashi.org');
    const email = `new.partner.${uniquePrefix().toLowerCase()}@example.fr`;
    const invited = await harness.app.inject({ method: 'POST', url: `/api/proposals/${ref}/invitations`, headers: headers(lead), payload: { email, teamPosition: 1, role: 'pi', language: 'en' } });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.body).not.toMatch(/invitations\//);
    expect(invited.json()).toMatchObject({ email, status: 'pending', role: 'pi' });

    const mail = await database.ctx.db.selectFrom('mail_outbox').select('params').where('recipient', '=', email).executeTakeFirstOrThrow();
    const acceptUrl = String(mail.params.acceptUrl);
    expect(acceptUrl.startsWith('http://localhost:3000/invitations/')).toBe(true);
    const token = acceptUrl.split('/invitations/')[1] ?? '';

    const preview = await harness.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json()).toMatchObject({ proposal: { ref }, role: 'pi', status: 'pending', hasAccount: false });

    const accepted = await harness.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { account: { password: 'partner-password', displayName: { en: 'Anne Partner' }, locale: 'en' } } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ proposal: ref, teamPosition: 1, role: 'pi', createdAccount: true });
    const cookie = sessionCookie(accepted);
    const proposal = await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}`, headers: { cookie } });
    expect(proposal.statusCode).toBe(200);
    expect(proposal.json<{ teams: Array<{ pi: { name: { en: string } } }> }>().teams[1]?.pi.name.en).toBe('Anne Partner');

    const again = await harness.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { account: { password: 'partner-password', displayName: {}, locale: 'en' } } });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: { code: 'INVITATION_USED', message: { en: expect.stringContaining('already been used'), ja: expect.stringContaining('すでに使用') } } });

    const list = await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/invitations`, headers: { cookie: lead.cookie } });
    expect(list.json<{ items: Array<{ status: string }> }>().items.map((item) => item.status)).toEqual(['accepted']);
  });

  it('gives an expired link a clear bilingual error and lets the lead PI revoke', async () => {
    const ref = await draftProposal();
    const lead = await signInAs(harness.app, 'applicant@demo.kakehashi.org');
    database.setNow('2026-04-01T00:00:00Z');
    const email = `late.${uniquePrefix().toLowerCase()}@example.org`;
    const invited = await harness.app.inject({ method: 'POST', url: `/api/proposals/${ref}/invitations`, headers: headers(lead), payload: { email, teamPosition: 0, role: 'member', language: 'ja' } });
    const mail = await database.ctx.db.selectFrom('mail_outbox').select('params').where('recipient', '=', email).executeTakeFirstOrThrow();
    const token = String(mail.params.acceptUrl).split('/invitations/')[1] ?? '';
    database.setNow('2026-04-15T00:00:01Z');
    const expired = await harness.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { account: { password: 'a-long-password', displayName: {}, locale: 'ja' } } });
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({ error: { code: 'INVITATION_EXPIRED', message: { en: expect.stringContaining('2026-04-15T00:00:00.000Z'), ja: expect.stringContaining('有効期限') } } });
    database.setNow('2026-04-01T00:00:00Z');
    const revoked = await harness.app.inject({ method: 'POST', url: `/api/proposals/${ref}/invitations/${invited.json<{ id: number }>().id}/revoke`, headers: headers(lead) });
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    const stranger = await signInAs(harness.app, 'partner.applicant@demo.kakehashi.org');
    expect((await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/invitations`, headers: { cookie: stranger.cookie } })).statusCode).toBe(404);
  });
});

describe('document routes', () => {
  it('uploads a PDF by multipart, lists it, serves it to staff and team, and answers a stranger 404', async () => {
    const ref = await draftProposal();
    const lead = await signInAs(harness.app, 'applicant@demo.kakehashi.org');
    const bytes = fixture('proposal-form.pdf');
    const body = await multipart({ kind: 'proposal_form', teamPosition: '' }, { name: '研究計画書.pdf', bytes, type: 'application/octet-stream' });
    const uploaded = await harness.app.inject({ method: 'POST', url: `/api/proposals/${ref}/documents`, headers: { ...headers(lead), 'content-type': body.contentType }, payload: body.payload });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const document = uploaded.json<{ id: number; pages: number; filename: string }>();
    expect(document).toMatchObject({ pages: 3, filename: '研究計画書.pdf', teamPosition: null });

    const officer = await signInAs(harness.app, 'officer.anr@demo.kakehashi.org');
    const listed = await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/documents`, headers: { cookie: officer.cookie } });
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1);
    const download = await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/documents/${document.id}`, headers: { cookie: officer.cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('研究計画書.pdf')}`);
    expect(download.rawPayload.equals(bytes)).toBe(true);

    const stranger = await signInAs(harness.app, 'partner.applicant@demo.kakehashi.org');
    const denied = await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/documents/${document.id}`, headers: { cookie: stranger.cookie } });
    expect(denied.statusCode).toBe(404);
    expect(denied.rawPayload.includes(Buffer.from('%PDF-'))).toBe(false);
    expect((await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/documents/${document.id}` })).statusCode).toBe(401);

    const deleted = await harness.app.inject({ method: 'DELETE', url: `/api/proposals/${ref}/documents/${document.id}`, headers: headers(lead) });
    expect(deleted.statusCode).toBe(204);
    expect((await harness.app.inject({ method: 'GET', url: `/api/proposals/${ref}/documents/${document.id}`, headers: { cookie: lead.cookie } })).statusCode).toBe(404);
  });

  it('refuses a PNG named .pdf and a missing file with bilingual messages', async () => {
    const ref = await draftProposal();
    const lead = await signInAs(harness.app, 'applicant@demo.kakehashi.org');
    const fake = await multipart({ kind: 'cv', teamPosition: '0' }, { name: 'cv.pdf', bytes: fixture('fake-image.pdf'), type: 'application/pdf' });
    const refused = await harness.app.inject({ method: 'POST', url: `/api/proposals/${ref}/documents`, headers: { ...headers(lead), 'content-type': fake.contentType }, payload: fake.payload });
    expect(refused.statusCode).toBe(415);
    expect(refused.json()).toMatchObject({ error: { code: 'DOCUMENT_NOT_PDF', message: { en: expect.stringContaining('cv.pdf'), ja: expect.stringContaining('cv.pdf') } } });
    const empty = await multipart({ kind: 'nonsense' }, null);
    const invalid = await harness.app.inject({ method: 'POST', url: `/api/proposals/${ref}/documents`, headers: { ...headers(lead), 'content-type': empty.contentType }, payload: empty.payload });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<{ error: { details: { issues: Array<{ path: string }> } } }>().error.details.issues.map((issue) => issue.path)).toEqual(['kind', 'file']);
  });
});
