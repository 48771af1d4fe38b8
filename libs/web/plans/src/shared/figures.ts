import { useFormatters, type Formatters } from '@bridgeway/web-components';

/** How the API's metric registry counts a figure: HOURS, PEOPLE, COUNT, PERCENT or POINTS. */
export type FigureUnit = string;

/** A figure in its unit: hours with the unit, a rate as a percentage, counts and points as numbers. */
export function figureText(format: Formatters, unit: FigureUnit, value: number): string {
  if (unit === 'HOURS') return format.hours(value * 60);
  if (unit === 'PERCENT') return format.percent(value);
  return format.number(value);
}

export function useFigureText(): (unit: FigureUnit, value: number | null | undefined) => string {
  const format = useFormatters();
  return (unit, value) => (value === null || value === undefined ? '—' : figureText(format, unit, value));
}
