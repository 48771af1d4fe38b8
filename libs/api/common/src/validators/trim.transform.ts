import { Transform } from 'class-transformer';

/** Trims strings; leaves null/undefined as given so "clear" and "leave unchanged" stay distinct. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Trims strings and turns blank into null ("nothing"); leaves null/undefined as given. */
export const TrimToNull = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value));
