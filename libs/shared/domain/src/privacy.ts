/** Whose personal data a privacy operation (art. 15 export, art. 17 erasure) concerns. */
export enum DataSubjectKind {
  RESIDENT = 'RESIDENT',
  RELATIVE = 'RELATIVE',
  MEMBER = 'MEMBER',
}
