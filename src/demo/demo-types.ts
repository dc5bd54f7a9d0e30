import type { BundleInput } from '../contracts/bundle.schemas.js';

/** Element types of the bundle's lists, as the demo builders write them (zod input types). */
export type CallInput = NonNullable<BundleInput['calls']>[number];
export type ProposalInput = NonNullable<BundleInput['proposals']>[number];
export type TeamInput = ProposalInput['teams'][number];
export type ExchangeInput = NonNullable<ProposalInput['exchanges']>[number];
export type ReviewerInput = NonNullable<BundleInput['reviewers']>[number];
export type ReviewInput = NonNullable<BundleInput['reviews']>[number];
export type PublicationInput = NonNullable<ReviewerInput['publications']>[number];
export type Bilingual = { en: string; ja: string };

/** The fields of the government-set advanced areas (seed 003: バイオ、AI・情報、マテリアル、半導体、エネルギー、量子、通信). */
export type Field = 'bio' | 'ai_info' | 'materials' | 'semiconductors' | 'energy' | 'quantum' | 'telecom';

/** A fictional publication: DOIs use Crossref's test prefix 10.5555 so they never resolve to a real paper. */
export function demoPublication(title: string, year: number, authors: string[], serial: number): PublicationInput {
  return { doi: `10.5555/kakehashi-demo.${year}.${String(serial).padStart(3, '0')}`, year, title, authors };
}

/** The instant `utcMillis` written in Japan Standard Time (UTC+9, no daylight saving). */
export function inTokyo(utcMillis: number): string {
  return `${new Date(utcMillis + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}
