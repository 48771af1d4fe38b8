/**
 * The words of the art. 15 export (PDF), per language: section headings by table, field labels
 * by column, enum values (the web client's word lists, libs/web/components/src/i18n), audit
 * actions and record types. A table or column without words here falls back to the declared
 * English title, or to the column name in words ("next_step" → "Next step").
 */

export type SubjectAccessLanguage = 'en' | 'nb' | 'sl';

/** [en, nb, sl] */
type Words = readonly [string, string, string];

const INDEX: Record<SubjectAccessLanguage, 0 | 1 | 2> = { en: 0, nb: 1, sl: 2 };

/** Section headings by table name. */
const TABLES: Record<string, Words> = {
  resident: ['Case file', 'Saksmappe', 'Osebna mapa'],
  relative: ['Relative', 'Pårørende', 'Svojec'],
  member: ['Member', 'Medlem', 'Član'],
  resident_relative: ['Relatives and residents linked', 'Koblede pårørende og beboere', 'Povezani svojci in stanovalci'],
  counselling_session: ['Counselling sessions', 'Samtaler', 'Svetovalni pogovori'],
  counselling_session_revision: ['Changes to counselling sessions', 'Endringer i samtaler', 'Spremembe svetovalnih pogovorov'],
  goal: ['Goals', 'Mål', 'Cilji'],
  goal_event: ['Goal history', 'Målhistorikk', 'Zgodovina ciljev'],
  assessment: ['Assessments', 'Kartlegginger', 'Ocene'],
  stay: ['Stays in a residence', 'Opphold i bolig', 'Bivanja v bivanjski skupnosti'],
  resident_consent: ['Consents', 'Samtykker', 'Privolitve'],
  attendance: ['Attendance', 'Oppmøte', 'Prisotnost'],
  enrolment: ['Enrolments', 'Påmeldinger', 'Vpisi'],
  helpline_contact: ['Helpline contacts', 'Henvendelser til hjelpetelefonen', 'Klici na telefon za pomoč'],
  grief_follow_up: ['Grief follow-ups', 'Sorgoppfølging', 'Spremljanje v žalovanju'],
  planned_contact: ['Planned contacts', 'Planlagte kontakter', 'Načrtovani stiki'],
  handout: ['Material support', 'Materiell støtte', 'Materialna pomoč'],
  programme_leader: ['Leading groups', 'Leder grupper', 'Vodenje skupin'],
  erasure_request: ['Requests to erase data', 'Krav om sletting', 'Zahteve za izbris podatkov'],
  audit_event: ['Audit trail', 'Revisjonslogg', 'Revizijska sled'],
};

/** Field labels by column name (a relation column `x_id` also finds `x`). */
const COLUMNS: Record<string, Words> = {
  first_name: ['First name', 'Fornavn', 'Ime'],
  last_name: ['Last name', 'Etternavn', 'Priimek'],
  date_of_birth: ['Date of birth', 'Fødselsdato', 'Datum rojstva'],
  phone: ['Phone', 'Telefon', 'Telefon'],
  email: ['E-mail', 'E-post', 'E-pošta'],
  key_worker: ['Key worker', 'Kontaktperson', 'Ključni delavec'],
  status: ['Status', 'Status', 'Stanje'],
  intake_date: ['Intake date', 'Innskrivingsdato', 'Datum sprejema'],
  created_at: ['Recorded', 'Registrert', 'Zabeleženo'],
  updated_at: ['Last changed', 'Sist endret', 'Zadnja sprememba'],
  version: ['Version', 'Versjon', 'Različica'],
  resident: ['Resident', 'Beboer', 'Stanovalec'],
  relative: ['Relative', 'Pårørende', 'Svojec'],
  member: ['Member', 'Medlem', 'Član'],
  relationship: ['Relationship', 'Relasjon', 'Sorodstvo'],
  counsellor: ['Counsellor', 'Rådgiver', 'Svetovalec'],
  occurred_on: ['Date', 'Dato', 'Datum'],
  occurred_at: ['Date and time', 'Dato og tid', 'Datum in čas'],
  duration_minutes: ['Duration (minutes)', 'Varighet (minutter)', 'Trajanje (minute)'],
  kind: ['Kind', 'Type', 'Vrsta'],
  domains: ['Areas', 'Områder', 'Področja'],
  domain: ['Area', 'Område', 'Področje'],
  notes: ['Notes', 'Notater', 'Zapiski'],
  note: ['Note', 'Merknad', 'Opomba'],
  hopes: ['Hopes', 'Håp', 'Upanja'],
  resources: ['Resources', 'Ressurser', 'Viri moči'],
  useful_experience: ['Useful experience', 'Nyttig erfaring', 'Koristne izkušnje'],
  next_step: ['Next step', 'Neste steg', 'Naslednji korak'],
  withdrawn_at: ['Withdrawn', 'Trukket tilbake', 'Umaknjeno'],
  withdrawn_by: ['Withdrawn by', 'Trukket tilbake av', 'Umaknil'],
  withdrawal_reason: ['Reason for withdrawal', 'Begrunnelse for tilbaketrekking', 'Razlog za umik'],
  session: ['Session', 'Samtale', 'Pogovor'],
  change: ['Change', 'Endring', 'Sprememba'],
  changed_by: ['Changed by', 'Endret av', 'Spremenil'],
  changed_at: ['Changed', 'Endret', 'Spremenjeno'],
  reason: ['Reason', 'Begrunnelse', 'Razlog'],
  previous: ['Before the change', 'Før endringen', 'Pred spremembo'],
  title: ['Title', 'Tittel', 'Naslov'],
  description: ['Description', 'Beskrivelse', 'Opis'],
  target_date: ['Target date', 'Måldato', 'Rok'],
  progress: ['Progress (%)', 'Fremdrift (%)', 'Napredek (%)'],
  created_by: ['Created by', 'Opprettet av', 'Ustvaril'],
  goal: ['Goal', 'Mål', 'Cilj'],
  from_status: ['Status before', 'Status før', 'Stanje prej'],
  to_status: ['Status after', 'Status etter', 'Stanje potem'],
  from_progress: ['Progress before (%)', 'Fremdrift før (%)', 'Napredek prej (%)'],
  to_progress: ['Progress after (%)', 'Fremdrift etter (%)', 'Napredek potem (%)'],
  instrument: ['Instrument', 'Verktøy', 'Vprašalnik'],
  instrument_code: ['Instrument', 'Verktøy', 'Vprašalnik'],
  taken_on: ['Date', 'Dato', 'Datum'],
  scores: ['Scores', 'Poeng', 'Točke'],
  total: ['Total', 'Sum', 'Skupaj'],
  assessed_by: ['Assessed by', 'Kartlagt av', 'Ocenil'],
  residence: ['Residence', 'Bolig', 'Bivanjska skupnost'],
  bed: ['Bed', 'Seng', 'Postelja'],
  admitted_on: ['Moved in', 'Flyttet inn', 'Sprejet'],
  discharged_on: ['Moved out', 'Flyttet ut', 'Odpuščen'],
  discharge_reason: ['Reason for moving out', 'Årsak til utflytting', 'Razlog za odpust'],
  discharge_note: ['Note on moving out', 'Merknad om utflytting', 'Opomba ob odpustu'],
  admitted_by: ['Admitted by', 'Innskrevet av', 'Sprejel'],
  given: ['Consent given', 'Samtykke gitt', 'Privolitev dana'],
  decided_on: ['Decided on', 'Bestemt', 'Odločeno'],
  recorded_by: ['Recorded by', 'Registrert av', 'Zabeležil'],
  recorded_at: ['Recorded', 'Registrert', 'Zabeleženo'],
  meeting: ['Meeting', 'Møte', 'Srečanje'],
  present: ['Present', 'Til stede', 'Prisoten'],
  programme: ['Programme', 'Tilbud', 'Program'],
  enrolled_on: ['Enrolled on', 'Påmeldt', 'Vpisan'],
  completed_on: ['Completed on', 'Fullført', 'Zaključeno'],
  hours: ['Hours', 'Timer', 'Ure'],
  department: ['Department', 'Avdeling', 'Enota'],
  channel: ['Channel', 'Kanal', 'Kanal'],
  caller_kind: ['Caller', 'Innringer', 'Klicatelj'],
  topics: ['Topics', 'Temaer', 'Teme'],
  outcome: ['Outcome', 'Resultat', 'Izid'],
  referred_to: ['Referred to', 'Henvist til', 'Napoten k'],
  started_on: ['Started on', 'Startet', 'Začeto'],
  responsible: ['Responsible', 'Ansvarlig', 'Odgovorna oseba'],
  follow_up: ['Follow-up', 'Oppfølging', 'Spremljanje'],
  planned_on: ['Planned for', 'Planlagt', 'Načrtovano za'],
  done_on: ['Done on', 'Utført', 'Opravljeno'],
  handed_out_on: ['Handed out on', 'Delt ut', 'Razdeljeno'],
  quantity: ['Quantity', 'Antall', 'Količina'],
  anonymous_recipients: ['Anonymous recipients', 'Anonyme mottakere', 'Anonimni prejemniki'],
  staff_note: ['Staff note', 'Merknad fra ansatt', 'Opomba zaposlenega'],
  subject_kind: ['Whose data', 'Hvem opplysningene gjelder', 'Čigavi podatki'],
  refusal_reason: ['Reason for refusal', 'Begrunnelse for avslag', 'Razlog za zavrnitev'],
  requested_on: ['Requested on', 'Bedt om', 'Zahtevano'],
};

/** Enum values in words (the web client's lists), by value; values of different enums that share a name mean the same. */
const VALUES: Record<string, Words> = {
  // ResidentStatus
  IN_RESIDENCE: ['In a residence', 'Bor i bolig', 'V bivanjski skupnosti'],
  FOLLOW_UP: ['Follow-up', 'Oppfølging', 'Spremljanje'],
  CLOSED: ['Closed', 'Avsluttet', 'Zaključeno'],
  // GoalStatus
  PLANNED: ['Planned', 'Planlagt', 'Načrtovan'],
  IN_PROGRESS: ['In progress', 'Pågår', 'V teku'],
  ACHIEVED: ['Achieved', 'Nådd', 'Dosežen'],
  ABANDONED: ['Abandoned', 'Avbrutt', 'Opuščen'],
  // GoalDomain
  WORK: ['Work', 'Arbeid', 'Delo'],
  FINANCES: ['Finances', 'Økonomi', 'Finance'],
  FAMILY: ['Family', 'Familie', 'Družina'],
  DAILY_ROUTINE: ['Daily routine', 'Daglige rutiner', 'Dnevna rutina'],
  LIVING_SKILLS: ['Living skills', 'Boferdigheter', 'Veščine samostojnega življenja'],
  SOCIAL_NETWORK: ['Social network', 'Sosialt nettverk', 'Socialna mreža'],
  HEALTH: ['Health', 'Helse', 'Zdravje'],
  SOBRIETY: ['Sobriety', 'Rusfrihet', 'Abstinenca'],
  HOUSING: ['Housing', 'Bolig', 'Stanovanje'],
  EDUCATION: ['Education', 'Utdanning', 'Izobraževanje'],
  // SessionKind
  INDIVIDUAL: ['Individual', 'Individuell', 'Individualno'],
  GROUP: ['Group', 'Gruppe', 'Skupinsko'],
  PHONE: ['Phone', 'Telefon', 'Po telefonu'],
  VIDEO: ['Video', 'Video', 'Po videu'],
  // DischargeReason
  COMPLETED: ['Programme completed', 'Fullført program', 'Program zaključen'],
  MOVED_ON: ['Moved on', 'Flyttet videre', 'Selitev drugam'],
  RELAPSE: ['Relapse', 'Tilbakefall', 'Ponovno uživanje (recidiv)'],
  LEFT_WITHOUT_NOTICE: ['Left without notice', 'Flyttet uten å si fra', 'Odhod brez obvestila'],
  OTHER: ['Other', 'Annet', 'Drugo'],
  // Relationship
  PARENT: ['Parent', 'Forelder', 'Starš'],
  PARTNER: ['Partner', 'Partner', 'Partner'],
  CHILD: ['Child', 'Barn', 'Otrok'],
  SIBLING: ['Sibling', 'Søsken', 'Brat ali sestra'],
  OTHER_FAMILY: ['Other family', 'Annen familie', 'Drug družinski član'],
  FRIEND: ['Friend', 'Venn', 'Prijatelj'],
  // Session revisions
  CORRECTED: ['Corrected', 'Rettet', 'Popravljeno'],
  WITHDRAWN: ['Withdrawn', 'Trukket tilbake', 'Umaknjeno'],
};

/** Audit actions in words (the web client's list, libs/web/audit/src/i18n). */
const ACTIONS: Record<string, Words> = {
  READ: ['Looked at', 'Så på', 'Ogled'],
  CREATE: ['Created', 'Opprettet', 'Ustvarjeno'],
  UPDATE: ['Changed', 'Endret', 'Spremenjeno'],
  DELETE: ['Deleted', 'Slettet', 'Izbrisano'],
  ADMIT: ['Admitted', 'Flyttet inn', 'Sprejem'],
  DISCHARGE: ['Discharged', 'Flyttet ut', 'Odpust'],
  LINK: ['Linked', 'Koblet', 'Povezano'],
  CLOSE: ['Closed', 'Avsluttet', 'Zaključeno'],
  REOPEN: ['Reopened', 'Gjenåpnet', 'Ponovno odprto'],
  ASSIGN_KEY_WORKER: ['Key worker changed', 'Kontaktperson endret', 'Zamenjan ključni delavec'],
  CANCEL: ['Cancelled', 'Avlyst', 'Odpovedano'],
  MOVE: ['Moved', 'Flyttet', 'Prestavljeno'],
  TAKE_ATTENDANCE: ['Attendance taken', 'Oppmøte registrert', 'Prisotnost zabeležena'],
  ENROL: ['Enrolled', 'Påmeldt', 'Vpisan'],
  ERASE: ['Erased personal data', 'Slettet personopplysninger', 'Izbris osebnih podatkov'],
  EXPORT: ['Exported personal data', 'Eksporterte personopplysninger', 'Izvoz osebnih podatkov'],
};

/** What an audit row was about, in words: the web client's list (libs/web/audit/src/i18n, entityTypes). */
const RECORD_TYPES: Record<string, Words> = {
  Resident: ['Personal details', 'Personopplysninger', 'Osebni podatki'],
  Stay: ['Stay', 'Opphold', 'Bivanje'],
  Goal: ['Goal', 'Mål', 'Cilj'],
  CounsellingSession: ['Counselling session', 'Veiledningssamtale', 'Svetovalno srečanje'],
  Assessment: ['Assessment', 'Kartlegging', 'Ocena'],
  Relative: ['Relative', 'Pårørende', 'Svojec'],
  ResidentRelative: ['Relative link', 'Kobling til pårørende', 'Povezava s svojcem'],
  AuditTrail: ['Audit trail', 'Tilgangslogg', 'Revizijska sled'],
  AuditLog: ['Audit log', 'Tilgangslogg', 'Revizijski dnevnik'],
  Residence: ['Residence', 'Bolig', 'Bivanjska skupnost'],
  Bed: ['Bed', 'Seng', 'Postelja'],
  Department: ['Department', 'Avdeling', 'Enota'],
  Programme: ['Group or course', 'Gruppe eller kurs', 'Program'],
  Meeting: ['Meeting', 'Møte', 'Srečanje'],
  Enrolment: ['Enrolment', 'Påmelding', 'Vpis'],
  Member: ['Member', 'Medlem', 'Član'],
  HelplineContact: ['Helpline contact', 'Henvendelse til pårørendetelefonen', 'Klic na telefon za svojce'],
  GriefFollowUp: ['Grief follow-up', 'Sorgoppfølging', 'Spremljanje v žalovanju'],
  PlannedContact: ['Planned contact', 'Planlagt kontakt', 'Načrtovan stik'],
  Handout: ['Material support', 'Materiell støtte', 'Materialna pomoč'],
  StrategicPlan: ['Strategic plan', 'Strategisk plan', 'Strateški načrt'],
  Objective: ['Plan objective', 'Mål i planen', 'Cilj načrta'],
  Indicator: ['Indicator', 'Indikator', 'Kazalnik'],
  Milestone: ['Milestone', 'Milepæl', 'Mejnik'],
  Funding: ['Funding', 'Finansiering', 'Financiranje'],
  PublishedReport: ['Published report', 'Publisert rapport', 'Objavljeno poročilo'],
  ConsortiumOverview: ['Consortium overview', 'Konsortieoversikt', 'Pregled konzorcija'],
  ExportJob: ['Export', 'Eksport', 'Izvoz'],
  User: ['Staff account', 'Brukerkonto', 'Uporabniški račun'],
  UserAccount: ['Staff account', 'Brukerkonto', 'Uporabniški račun'],
  Organisation: ['Organisation settings', 'Innstillinger for organisasjonen', 'Nastavitve organizacije'],
  ErasureRequest: ['Request to erase data', 'Krav om sletting', 'Zahteva za izbris podatkov'],
};

export interface SubjectAccessTexts {
  title: string;
  subjectKinds: Record<'RESIDENT' | 'RELATIVE' | 'MEMBER', string>;
  whose: string;
  dateOfBirth: string;
  organisation: string;
  exportedOn: string;
  exportedBy: string;
  about: string;
  holds: (sections: string[]) => string;
  nothingHeld: string;
  accessLogAbout: string;
  accessLog: string;
  accessLogNote: (timeZone: string) => string;
  accessLogTruncated: (shown: number) => string;
  when: string;
  staffMember: string;
  action: string;
  what: string;
  unknownStaff: string;
  noRows: string;
  yes: string;
  no: string;
  record: (heading: string, n: number) => string;
}

export const SUBJECT_ACCESS_TEXTS: Readonly<Record<SubjectAccessLanguage, SubjectAccessTexts>> = {
  en: {
    title: 'Your personal data',
    subjectKinds: { RESIDENT: 'Resident', RELATIVE: 'Relative', MEMBER: 'Member' },
    whose: 'Whose data',
    dateOfBirth: 'Date of birth',
    organisation: 'Organisation',
    exportedOn: 'Exported on',
    exportedBy: 'Exported by',
    about:
      'This document holds every piece of personal data the organisation keeps about you in Bridgeway, as it was on the day of the export (your right of access, GDPR article 15), and a log of who in the organisation looked at or changed your record, and when.',
    holds: (sections) => `It holds: ${sections.join(', ')}.`,
    nothingHeld: 'Apart from the record itself, nothing else is kept about you.',
    accessLogAbout: 'The access log lists every time a staff member looked at or changed your record.',
    accessLog: 'Access log',
    accessLogNote: (zone) => `Who looked at or changed this record, newest first. Times are the organisation's local time (${zone}).`,
    accessLogTruncated: (shown) => `Only the latest ${shown} entries are shown here; ask the organisation for the rest.`,
    when: 'When',
    staffMember: 'Staff member',
    action: 'What they did',
    what: 'Record',
    unknownStaff: 'Unknown staff member',
    noRows: 'Nothing is kept here.',
    yes: 'Yes',
    no: 'No',
    record: (heading, n) => `${heading} ${n}`,
  },
  nb: {
    title: 'Dine personopplysninger',
    subjectKinds: { RESIDENT: 'Beboer', RELATIVE: 'Pårørende', MEMBER: 'Medlem' },
    whose: 'Hvem opplysningene gjelder',
    dateOfBirth: 'Fødselsdato',
    organisation: 'Organisasjon',
    exportedOn: 'Eksportert',
    exportedBy: 'Eksportert av',
    about:
      'Dette dokumentet inneholder alle personopplysninger organisasjonen har om deg i Bridgeway, slik de var den dagen de ble eksportert (din rett til innsyn, personvernforordningen artikkel 15), og en logg over hvem i organisasjonen som har sett på eller endret opplysningene dine, og når.',
    holds: (sections) => `Det inneholder: ${sections.join(', ')}.`,
    nothingHeld: 'Utover selve registreringen lagres ingenting annet om deg.',
    accessLogAbout: 'Tilgangsloggen viser hver gang en ansatt har sett på eller endret opplysningene dine.',
    accessLog: 'Tilgangslogg',
    accessLogNote: (zone) => `Hvem som har sett på eller endret disse opplysningene, nyeste først. Tidspunktene er organisasjonens lokale tid (${zone}).`,
    accessLogTruncated: (shown) => `Bare de siste ${shown} oppføringene vises her; be organisasjonen om resten.`,
    when: 'Når',
    staffMember: 'Ansatt',
    action: 'Hva de gjorde',
    what: 'Opplysninger',
    unknownStaff: 'Ukjent ansatt',
    noRows: 'Ingenting lagret her.',
    yes: 'Ja',
    no: 'Nei',
    record: (heading, n) => `${heading} ${n}`,
  },
  sl: {
    title: 'Vaši osebni podatki',
    subjectKinds: { RESIDENT: 'Stanovalec', RELATIVE: 'Svojec', MEMBER: 'Član' },
    whose: 'Čigavi podatki',
    dateOfBirth: 'Datum rojstva',
    organisation: 'Organizacija',
    exportedOn: 'Izvoženo',
    exportedBy: 'Izvozil',
    about:
      'Ta dokument vsebuje vse osebne podatke, ki jih organizacija o vas hrani v Bridgewayu, kakršni so bili na dan izvoza (vaša pravica do dostopa, 15. člen Splošne uredbe o varstvu podatkov), in dnevnik, kdo v organizaciji je vaše podatke pregledal ali spremenil in kdaj.',
    holds: (sections) => `Vsebuje: ${sections.join(', ')}.`,
    nothingHeld: 'Poleg samega zapisa o vas ne hranimo ničesar drugega.',
    accessLogAbout: 'Dnevnik dostopov navaja vsak ogled ali spremembo vaših podatkov s strani zaposlenih.',
    accessLog: 'Dnevnik dostopov',
    accessLogNote: (zone) => `Kdo je pregledal ali spremenil te podatke, od najnovejšega. Časi so po krajevnem času organizacije (${zone}).`,
    accessLogTruncated: (shown) => `Tu je prikazanih le zadnjih ${shown} vnosov; za ostale vprašajte organizacijo.`,
    when: 'Kdaj',
    staffMember: 'Zaposleni',
    action: 'Dejanje',
    what: 'Zapis',
    unknownStaff: 'Neznan zaposleni',
    noRows: 'Tu ni shranjenega ničesar.',
    yes: 'Da',
    no: 'Ne',
    record: (heading, n) => `${heading} ${n}`,
  },
};

/** "next_step" → "Next step"; "RELAPSE_RISK" → "Relapse risk". */
export function humanise(name: string): string {
  const words = name.replace(/_id$/, '').replace(/_/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The section heading of a table: translated, else the declared English title. */
export function tableHeading(table: string, declaredTitle: string, language: SubjectAccessLanguage): string {
  return TABLES[table]?.[INDEX[language]] ?? declaredTitle;
}

/** A column's label: translated (a relation column `x_id` as `x`), else the column name in words. */
export function columnLabel(column: string, language: SubjectAccessLanguage): string {
  const words = COLUMNS[column] ?? COLUMNS[column.replace(/_id$/, '')];
  return words?.[INDEX[language]] ?? humanise(column);
}

/** An enum value in words, or undefined when the value is not one the lists know. */
export function valueWords(value: string, language: SubjectAccessLanguage): string | undefined {
  return VALUES[value]?.[INDEX[language]];
}

export function actionWords(action: string, language: SubjectAccessLanguage): string {
  return ACTIONS[action]?.[INDEX[language]] ?? humanise(action);
}

export function recordTypeWords(entityType: string, language: SubjectAccessLanguage): string {
  return RECORD_TYPES[entityType]?.[INDEX[language]] ?? entityType.replace(/([a-z])([A-Z])/g, '$1 $2');
}

export function subjectAccessTextsOf(language: SubjectAccessLanguage): SubjectAccessTexts {
  return SUBJECT_ACCESS_TEXTS[language];
}
