import type { Metric } from '@bridgeway/shared-domain';
import type { CellUnit, ExportLanguage } from './report-document.js';

/** Every word an export prints, per language: the API has no i18n backend, so it lives here, typed. */
export interface ExportTexts {
  locale: string;
  consortiumOverview: string;
  progressReport: string;
  period: string;
  organisation: string;
  organisations: string;
  generated: string;
  page: (page: number, pages: number) => string;
  fewerThan: (threshold: number) => string;
  suppressionNote: (threshold: number) => string;
  partners: string;
  partner: string;
  total: string;
  residencesOpen: string;
  currentResidents: string;
  counsellingHours: string;
  peopleCounselled: string;
  trainingsHeld: string;
  goalsAchieved: string;
  charts: string;
  byPartner: (figure: string) => string;
  byMonth: string;
  month: string;
  indicators: string;
  indicator: string;
  metric: string;
  actual: string;
  target: string;
  percentOfTarget: string;
  expectedByNow: string;
  status: string;
  comment: string;
  milestonesDue: string;
  milestone: string;
  dueOn: string;
  doneOn: string;
  trend: string;
  statuses: Record<string, string>;
  units: Record<CellUnit, string>;
  metrics: Record<Metric, string>;
  plan: string;
  note: string;
  percentOfTargetChart: string;
}

export const EXPORT_TEXTS: Readonly<Record<ExportLanguage, ExportTexts>> = {
  en: {
    locale: 'en-GB',
    consortiumOverview: 'Consortium overview',
    progressReport: 'Progress report',
    period: 'Period',
    organisation: 'Organisation',
    organisations: 'Organisations',
    generated: 'Generated',
    page: (page, pages) => `Page ${page} of ${pages}`,
    fewerThan: (n) => `fewer than ${n}`,
    suppressionNote: (n) => `Counts of people from 1 to ${n - 1} in a partner's row are not shown ("fewer than ${n}"), nor a second count that would reveal them from the totals, to protect privacy.`,
    partners: 'Partners',
    partner: 'Partner',
    total: 'Total',
    residencesOpen: 'Residences open',
    currentResidents: 'Current residents',
    counsellingHours: 'Counselling hours',
    peopleCounselled: 'People counselled',
    trainingsHeld: 'Trainings held',
    goalsAchieved: 'Goals achieved',
    charts: 'Charts',
    byPartner: (figure) => `${figure} by partner`,
    byMonth: 'Month by month (consortium total)',
    month: 'Month',
    indicators: 'Indicators',
    indicator: 'Indicator',
    metric: 'Metric',
    actual: 'Actual',
    target: 'Target',
    percentOfTarget: '% of target',
    expectedByNow: 'Expected by now',
    status: 'Status',
    comment: 'Comment',
    milestonesDue: 'Milestones due in the period',
    milestone: 'Milestone',
    dueOn: 'Due',
    doneOn: 'Done',
    trend: 'Trend by month',
    statuses: { ON_TRACK: 'On track', AT_RISK: 'At risk', BEHIND: 'Behind', PLANNED: 'Planned', DONE: 'Done', MISSED: 'Missed', CANCELLED: 'Cancelled', IN_PROGRESS: 'In progress', NOT_STARTED: 'Not started' },
    units: { HOURS: 'h', PEOPLE: 'people', COUNT: '', PERCENT: '%', POINTS: 'points', MONEY: '' },
    metrics: { COUNSELLING_HOURS: 'Counselling hours', PEOPLE_COUNSELLED: 'People counselled', RESIDENCES_OPEN: 'Residences open', CURRENT_RESIDENTS: 'Current residents', TRAININGS_HELD: 'Trainings held', GOALS_ACHIEVED: 'Goals achieved', PEOPLE_HOUSED: 'People housed', OCCUPANCY_RATE: 'Occupancy rate', RELATIVES_SUPPORTED: 'Relatives supported', HELPLINE_CONTACTS: 'Helpline contacts', MEETINGS_HELD: 'Meetings held', ATTENDANCES: 'Attendances', PARCELS: 'Parcels handed out', BARC10_CHANGE: 'BARC-10 change' },
    plan: 'Plan',
    note: 'Note',
    percentOfTargetChart: 'Share of the target reached (%)',
  },
  nb: {
    locale: 'nb-NO',
    consortiumOverview: 'Konsortiumoversikt',
    progressReport: 'Fremdriftsrapport',
    period: 'Periode',
    organisation: 'Organisasjon',
    organisations: 'Organisasjoner',
    generated: 'Laget',
    page: (page, pages) => `Side ${page} av ${pages}`,
    fewerThan: (n) => `færre enn ${n}`,
    suppressionNote: (n) => `Antall personer fra 1 til ${n - 1} i en partners rad vises ikke («færre enn ${n}»), heller ikke et annet tall som ville avslørt dem fra summene, for å verne personvernet.`,
    partners: 'Partnere',
    partner: 'Partner',
    total: 'Totalt',
    residencesOpen: 'Åpne boliger',
    currentResidents: 'Nåværende beboere',
    counsellingHours: 'Rådgivningstimer',
    peopleCounselled: 'Personer som fikk rådgivning',
    trainingsHeld: 'Opplæringer holdt',
    goalsAchieved: 'Mål nådd',
    charts: 'Diagrammer',
    byPartner: (figure) => `${figure} per partner`,
    byMonth: 'Måned for måned (konsortiets sum)',
    month: 'Måned',
    indicators: 'Indikatorer',
    indicator: 'Indikator',
    metric: 'Måltall',
    actual: 'Faktisk',
    target: 'Mål',
    percentOfTarget: '% av målet',
    expectedByNow: 'Forventet nå',
    status: 'Status',
    comment: 'Kommentar',
    milestonesDue: 'Milepæler med frist i perioden',
    milestone: 'Milepæl',
    dueOn: 'Frist',
    doneOn: 'Fullført',
    trend: 'Utvikling per måned',
    statuses: { ON_TRACK: 'I rute', AT_RISK: 'I faresonen', BEHIND: 'På etterskudd', PLANNED: 'Planlagt', DONE: 'Fullført', MISSED: 'Ikke nådd', CANCELLED: 'Avlyst', IN_PROGRESS: 'Pågår', NOT_STARTED: 'Ikke startet' },
    units: { HOURS: 't', PEOPLE: 'personer', COUNT: '', PERCENT: '%', POINTS: 'poeng', MONEY: '' },
    metrics: { COUNSELLING_HOURS: 'Rådgivningstimer', PEOPLE_COUNSELLED: 'Personer som fikk rådgivning', RESIDENCES_OPEN: 'Åpne boliger', CURRENT_RESIDENTS: 'Nåværende beboere', TRAININGS_HELD: 'Opplæringer holdt', GOALS_ACHIEVED: 'Mål nådd', PEOPLE_HOUSED: 'Personer som fikk bolig', OCCUPANCY_RATE: 'Belegg', RELATIVES_SUPPORTED: 'Pårørende som fikk støtte', HELPLINE_CONTACTS: 'Henvendelser til hjelpetelefonen', MEETINGS_HELD: 'Møter holdt', ATTENDANCES: 'Oppmøter', PARCELS: 'Matposer delt ut', BARC10_CHANGE: 'Endring i BARC-10' },
    plan: 'Plan',
    note: 'Merknad',
    percentOfTargetChart: 'Andel av målet nådd (%)',
  },
  sl: {
    locale: 'sl-SI',
    consortiumOverview: 'Pregled konzorcija',
    progressReport: 'Poročilo o napredku',
    period: 'Obdobje',
    organisation: 'Organizacija',
    organisations: 'Organizacije',
    generated: 'Izdelano',
    page: (page, pages) => `Stran ${page} od ${pages}`,
    fewerThan: (n) => `manj kot ${n}`,
    suppressionNote: (n) => `Števila oseb od 1 do ${n - 1} v vrstici partnerja niso prikazana (»manj kot ${n}«), prav tako ne drugo število, ki bi jih razkrilo iz seštevkov, zaradi varstva zasebnosti.`,
    partners: 'Partnerji',
    partner: 'Partner',
    total: 'Skupaj',
    residencesOpen: 'Odprte bivanjske skupnosti',
    currentResidents: 'Trenutni stanovalci',
    counsellingHours: 'Ure svetovanja',
    peopleCounselled: 'Osebe s svetovanjem',
    trainingsHeld: 'Izvedena usposabljanja',
    goalsAchieved: 'Doseženi cilji',
    charts: 'Grafi',
    byPartner: (figure) => `${figure} po partnerjih`,
    byMonth: 'Po mesecih (skupaj za konzorcij)',
    month: 'Mesec',
    indicators: 'Kazalniki',
    indicator: 'Kazalnik',
    metric: 'Meritev',
    actual: 'Doseženo',
    target: 'Cilj',
    percentOfTarget: '% cilja',
    expectedByNow: 'Pričakovano do zdaj',
    status: 'Stanje',
    comment: 'Komentar',
    milestonesDue: 'Mejniki z rokom v obdobju',
    milestone: 'Mejnik',
    dueOn: 'Rok',
    doneOn: 'Opravljeno',
    trend: 'Gibanje po mesecih',
    statuses: { ON_TRACK: 'Po načrtu', AT_RISK: 'Ogroženo', BEHIND: 'Zaostaja', PLANNED: 'Načrtovano', DONE: 'Opravljeno', MISSED: 'Zamujeno', CANCELLED: 'Odpovedano', IN_PROGRESS: 'V teku', NOT_STARTED: 'Ni začeto' },
    units: { HOURS: 'ur', PEOPLE: 'oseb', COUNT: '', PERCENT: '%', POINTS: 'točk', MONEY: '' },
    metrics: { COUNSELLING_HOURS: 'Ure svetovanja', PEOPLE_COUNSELLED: 'Osebe s svetovanjem', RESIDENCES_OPEN: 'Odprte bivanjske skupnosti', CURRENT_RESIDENTS: 'Trenutni stanovalci', TRAININGS_HELD: 'Izvedena usposabljanja', GOALS_ACHIEVED: 'Doseženi cilji', PEOPLE_HOUSED: 'Nastanjene osebe', OCCUPANCY_RATE: 'Zasedenost', RELATIVES_SUPPORTED: 'Podprti svojci', HELPLINE_CONTACTS: 'Klici na telefon za pomoč', MEETINGS_HELD: 'Izvedena srečanja', ATTENDANCES: 'Udeležbe', PARCELS: 'Razdeljeni paketi', BARC10_CHANGE: 'Sprememba BARC-10' },
    plan: 'Načrt',
    note: 'Opomba',
    percentOfTargetChart: 'Delež doseženega cilja (%)',
  },
};

export function textsOf(language: ExportLanguage): ExportTexts {
  return EXPORT_TEXTS[language];
}

/** A number as the user's language writes it (PDF): grouping and decimal comma where the language has them. */
export function formatNumber(value: number, language: ExportLanguage, decimals = 2): string {
  return new Intl.NumberFormat(EXPORT_TEXTS[language].locale, { maximumFractionDigits: decimals }).format(value);
}

/** A calendar day `YYYY-MM-DD` as the user's language writes it, e.g. "1. januar 2026". */
export function formatDay(day: string, language: ExportLanguage): string {
  return new Intl.DateTimeFormat(EXPORT_TEXTS[language].locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function formatPeriod(period: { from: string; to: string }, language: ExportLanguage): string {
  return `${formatDay(period.from, language)} – ${formatDay(period.to, language)}`;
}
