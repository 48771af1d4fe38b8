import type { DischargeReason, GoalDomain } from '@bridgeway/shared-domain';
import { NOTES_NB } from './notes-nb.js';
import { NOTES_SL } from './notes-sl.js';
import type { DemoLanguage } from './random.js';

/**
 * Short counsellor notes in one language: invented, non-identifying phrases the
 * generator combines. Slovenian lines avoid gendered past forms (present tense, dual).
 */
export interface NoteBank {
  room(n: number): string;
  bed(n: number): string;
  /** Session notes with a resident: opener + a line per domain + closer. */
  openers: string[];
  byDomain: Record<GoalDomain, string[]>;
  closers: string[];
  phone: string[];
  video: string[];
  /** Sessions with a relative alone, by kind; FAMILY with the resident present. */
  relativeIndividual: string[];
  relativePhone: string[];
  relativeVideo: string[];
  familyWithResident: string[];
  familyWithoutResident: string[];
  /** Solution-focused structure (LØFT): hopes, resources, useful experience, next step. */
  hopes: string[];
  resources: string[];
  usefulExperience: string[];
  /** By the domain the session worked on. */
  nextStep: Record<GoalDomain, string[]>;
  goalTitles: Record<GoalDomain, string[]>;
  goalDescriptions: string[];
  goalCreated: string[];
  goalStarted: string[];
  goalProgress: string[];
  /** Only for progress around 50 %. */
  goalHalfway: string[];
  goalAchieved: string[];
  goalAbandoned: string[];
  goalClosedCase: string[];
  discharge: Record<DischargeReason, string[]>;
}

export function noteBank(language: DemoLanguage): NoteBank {
  return language === 'sl' ? NOTES_SL : NOTES_NB;
}
