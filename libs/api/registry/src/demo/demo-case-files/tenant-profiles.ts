import { SessionKind } from '@bridgeway/shared-domain';
import type { DemoLanguage } from './random.js';

/** A residence the demo opens, with beds per room and how many beds are taken at the end of the period. */
export interface ResidenceSpec {
  name: string;
  openedOn: string;
  bedsPerRoom: number[];
  occupiedAtEnd: number;
}

type Weights<T> = readonly (readonly [T, number])[];

/** Days between two contacts, [shortest, longest], per setting. */
export interface ContactRhythm {
  beforeAdmission: readonly [number, number];
  inResidence: readonly [number, number];
  followUp: readonly [number, number];
}

/** What one tenant's demo case files look like; the generator turns it into rows with the tenant's seed. */
export interface CaseFileProfile {
  language: DemoLanguage;
  /** Fixed seed: the same profile always gives the same rows. */
  seed: number;
  city: string;
  postcode: string;
  residences: ResidenceSpec[];
  /** People supported only outside a residence (individual counselling, follow-up). */
  followUpOnly: number;
  /**
   * When set, the sum of INDIVIDUAL sessions with residents inside the demo period is
   * brought to exactly this many minutes (MOST's "about 1,400 hours" across its partners).
   */
  individualMinutes?: number;
  /** Kinds of contacts with residents outside a residence (in a residence it is always INDIVIDUAL). */
  residentKinds: Weights<SessionKind>;
  /** Every resident has at least one session of this kind in the period. */
  mainKind: SessionKind;
  /** VIDEO sessions fall on this weekday (0 = Sunday): A-LARM's Thursday digital meeting place. */
  videoWeekday?: number;
  rhythm: ContactRhythm;
  relatives: {
    /** Share of residents with a linked relative, and of those with a second one. */
    linkedShare: number;
    secondShare: number;
    /** Relatives supported on their own (no resident in the case files). */
    standalone: number;
    /** Share of linked relatives who have sessions themselves (standalone ones always do). */
    sessionShare: number;
    sessionsPerRelative: readonly [number, number];
    kinds: Weights<SessionKind>;
  };
  goalsPerResident: readonly [number, number];
  /** Make sure the tenant has goals in every domain (one more goal where one is missing). */
  allGoalDomains: boolean;
  /** Share of sessions with the solution-focused fields (hopes, resources, useful experience, next step). */
  solutionFocusedShare: number;
  /** Share of people supported outside a residence who take BARC-10 (residents of a house always do). */
  assessedShare: number;
  /** Share of cases closed after support ends (people who left without notice are closed more often). */
  closedShare: number;
}

const MOST_RHYTHM: ContactRhythm = { beforeAdmission: [14, 28], inResidence: [10, 18], followUp: [21, 45] };

const most = (profile: Pick<CaseFileProfile, 'seed' | 'city' | 'postcode' | 'residences' | 'followUpOnly' | 'individualMinutes'>): CaseFileProfile => ({
  ...profile,
  language: 'sl',
  residentKinds: [
    [SessionKind.INDIVIDUAL, 88],
    [SessionKind.PHONE, 12],
  ],
  mainKind: SessionKind.INDIVIDUAL,
  rhythm: MOST_RHYTHM,
  relatives: {
    linkedShare: 0.5,
    secondShare: 0.15,
    standalone: 4,
    sessionShare: 0.6,
    sessionsPerRelative: [1, 5],
    kinds: [
      [SessionKind.FAMILY, 35],
      [SessionKind.PHONE, 35],
      [SessionKind.INDIVIDUAL, 30],
    ],
  },
  goalsPerResident: [2, 4],
  allGoalDomains: true,
  solutionFocusedShare: 0.3,
  assessedShare: 0.6,
  closedShare: 0.08,
});

/**
 * Per tenant slug (see demo-organisations.ts). Skupnosti MOST: 6 residences (2/2/1/1)
 * with 18 beds, 15 taken at the end; individual counselling of its partners
 * 534.25 + 403.5 + 238 + 223.25 = 1,399 hours over the two project years,
 * and goals in every life domain at each partner.
 */
export const CASE_FILE_PROFILES: Record<string, CaseFileProfile> = {
  'most-a': most({
    seed: 2024_11_01,
    city: 'Ljubljana',
    postcode: '1000',
    residences: [
      { name: 'Bivanjska skupnost Rožna dolina', openedOn: '2023-09-01', bedsPerRoom: [2, 1], occupiedAtEnd: 3 },
      { name: 'Bivanjska skupnost Bežigrad', openedOn: '2024-11-18', bedsPerRoom: [2, 1], occupiedAtEnd: 2 },
    ],
    followUpOnly: 9,
    individualMinutes: 32_055,
  }),
  'most-b': most({
    seed: 2024_11_02,
    city: 'Maribor',
    postcode: '2000',
    residences: [
      { name: 'Hiša Pohorje', openedOn: '2024-03-01', bedsPerRoom: [2, 1], occupiedAtEnd: 2 },
      { name: 'Bivanjska skupnost Tabor', openedOn: '2025-01-13', bedsPerRoom: [2, 1], occupiedAtEnd: 2 },
    ],
    followUpOnly: 8,
    individualMinutes: 24_210,
  }),
  'most-c': most({
    seed: 2024_11_03,
    city: 'Koper',
    postcode: '6000',
    residences: [{ name: 'Hiša Semedela', openedOn: '2024-12-02', bedsPerRoom: [2, 1], occupiedAtEnd: 3 }],
    followUpOnly: 7,
    individualMinutes: 14_280,
  }),
  'most-d': most({
    seed: 2024_11_04,
    city: 'Celje',
    postcode: '3000',
    residences: [{ name: 'Bivanjska skupnost Lava', openedOn: '2025-02-03', bedsPerRoom: [2, 1], occupiedAtEnd: 3 }],
    followUpOnly: 7,
    individualMinutes: 13_395,
  }),
  // R.O.T: a user organisation; 1:1 follow-up of users and relatives, no houses.
  rot: {
    language: 'nb',
    seed: 2017_03_01,
    city: 'Porsgrunn',
    postcode: '3921',
    residences: [],
    followUpOnly: 9,
    residentKinds: [
      [SessionKind.INDIVIDUAL, 75],
      [SessionKind.PHONE, 25],
    ],
    mainKind: SessionKind.INDIVIDUAL,
    rhythm: { ...MOST_RHYTHM, followUp: [10, 28] },
    relatives: {
      linkedShare: 0.4,
      secondShare: 0,
      standalone: 3,
      sessionShare: 0.7,
      sessionsPerRelative: [1, 4],
      kinds: [
        [SessionKind.INDIVIDUAL, 40],
        [SessionKind.PHONE, 45],
        [SessionKind.FAMILY, 15],
      ],
    },
    goalsPerResident: [1, 3],
    allGoalDomains: false,
    solutionFocusedShare: 0.3,
    assessedShare: 0.5,
    closedShare: 0.15,
  },
  // Ivareta: relatives and the bereaved; the helpline is the first contact for many.
  ivareta: {
    language: 'nb',
    seed: 2002_02_02,
    city: 'Oslo',
    postcode: '0150',
    residences: [],
    followUpOnly: 3,
    residentKinds: [
      [SessionKind.INDIVIDUAL, 50],
      [SessionKind.PHONE, 50],
    ],
    mainKind: SessionKind.INDIVIDUAL,
    rhythm: { ...MOST_RHYTHM, followUp: [21, 60] },
    relatives: {
      linkedShare: 1,
      secondShare: 0.5,
      standalone: 16,
      sessionShare: 0.9,
      sessionsPerRelative: [1, 6],
      kinds: [
        [SessionKind.PHONE, 65],
        [SessionKind.INDIVIDUAL, 20],
        [SessionKind.FAMILY, 15],
      ],
    },
    goalsPerResident: [1, 2],
    allGoalDomains: false,
    solutionFocusedShare: 0.2,
    assessedShare: 0,
    closedShare: 0.15,
  },
  // A-LARM: the weekly digital meeting place (Thursdays, video) with the LØFT method.
  'a-larm': {
    language: 'nb',
    seed: 2020_09_10,
    city: 'Oslo',
    postcode: '0182',
    residences: [],
    followUpOnly: 7,
    residentKinds: [
      [SessionKind.VIDEO, 80],
      [SessionKind.PHONE, 10],
      [SessionKind.INDIVIDUAL, 10],
    ],
    mainKind: SessionKind.VIDEO,
    videoWeekday: 4,
    rhythm: { ...MOST_RHYTHM, followUp: [7, 21] },
    relatives: {
      linkedShare: 0.4,
      secondShare: 0,
      standalone: 4,
      sessionShare: 0.8,
      sessionsPerRelative: [2, 6],
      kinds: [
        [SessionKind.VIDEO, 60],
        [SessionKind.PHONE, 30],
        [SessionKind.FAMILY, 10],
      ],
    },
    goalsPerResident: [1, 3],
    allGoalDomains: false,
    solutionFocusedShare: 0.6,
    assessedShare: 0.5,
    closedShare: 0.1,
  },
};
