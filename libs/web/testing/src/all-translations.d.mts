/** { en: { translation: {…}, caseload: {…}, … }, nb: …, sl: … }: every namespace of every web library. */
export type AllTranslations = Record<'en' | 'nb' | 'sl', Record<string, object>>;
export function allTranslations(): AllTranslations;
