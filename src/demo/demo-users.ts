import type { RoleGrant } from '../domain/access/actor.js';
import { DEMO_ANR_REVIEWER, DEMO_APPLICANT, DEMO_JST_REVIEWER, DEMO_PARTNER_APPLICANT } from './demo-people.js';

/**
 * Log-ins of the demo, one per role of the brief's user table. Everyone shares one password; the
 * platform must only ever create these accounts in demo mode. Display names are fictional; users
 * who act as researchers point at their person in the demo bundle.
 */

export const DEMO_PASSWORD = 'kakehashi-demo';

export type DemoUser = {
  email: string;
  displayName: { en: string; ja: string };
  locale: 'en' | 'ja';
  /** ref of the user's person in the demo bundle, or null for staff who are not researchers. */
  person: string | null;
  /** Roles, each within an agency (code) or platform-wide (null). */
  roles: RoleGrant[];
};

const DOMAIN = 'demo.kakehashi.org';

export const DEMO_USERS: DemoUser[] = [
  {
    email: `admin@${DOMAIN}`,
    displayName: { en: 'Kei Asakura (administrator)', ja: '朝倉 圭（システム管理者）' },
    locale: 'en',
    person: null,
    roles: [{ role: 'administrator', agency: null }],
  },
  {
    email: `po.jst@${DOMAIN}`,
    displayName: { en: 'Yoko Minami', ja: '南 陽子' },
    locale: 'ja',
    person: null,
    roles: [{ role: 'programme_officer', agency: 'JST' }],
  },
  {
    email: `pd.jst@${DOMAIN}`,
    displayName: { en: 'Shigeru Odagiri', ja: '小田切 茂' },
    locale: 'ja',
    person: null,
    roles: [{ role: 'programme_director', agency: 'JST' }],
  },
  {
    email: `officer.anr@${DOMAIN}`,
    displayName: { en: 'Hélène Marchetti', ja: 'エレーヌ・マルケッティ' },
    locale: 'en',
    person: null,
    roles: [{ role: 'partner_officer', agency: 'ANR' }],
  },
  {
    // Lead PI of SIC25-001 (selected) and of ASP22-038 (selected).
    email: `applicant@${DOMAIN}`,
    displayName: { en: 'Haruka Tanabe', ja: '田辺 遥' },
    locale: 'ja',
    person: DEMO_APPLICANT,
    roles: [{ role: 'applicant', agency: null }],
  },
  {
    // ANR-side PI of the same SICORP proposal, SIC25-001.
    email: `partner.applicant@${DOMAIN}`,
    displayName: { en: 'Camille Lefèvre', ja: 'カミーユ・ルフェーヴル' },
    locale: 'en',
    person: DEMO_PARTNER_APPLICANT,
    roles: [{ role: 'applicant', agency: null }],
  },
  {
    email: `reviewer.jst@${DOMAIN}`,
    displayName: { en: 'Naoko Hirose', ja: '広瀬 直子' },
    locale: 'ja',
    person: DEMO_JST_REVIEWER,
    roles: [{ role: 'reviewer', agency: 'JST' }],
  },
  {
    email: `reviewer.anr@${DOMAIN}`,
    displayName: { en: 'Isabelle Fournier', ja: 'イザベル・フルニエ' },
    locale: 'en',
    person: DEMO_ANR_REVIEWER,
    roles: [{ role: 'reviewer', agency: 'ANR' }],
  },
  {
    email: `security@${DOMAIN}`,
    displayName: { en: 'Takumi Kanzaki', ja: '神崎 拓海' },
    locale: 'ja',
    person: null,
    roles: [{ role: 'security_officer', agency: 'JST' }],
  },
  {
    email: `analyst@${DOMAIN}`,
    displayName: { en: 'Mio Sawada', ja: '沢田 美緒' },
    locale: 'en',
    person: null,
    roles: [{ role: 'analyst', agency: 'JST' }],
  },
];
