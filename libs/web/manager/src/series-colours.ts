/** Colours for up to six stacked series, each at least 3:1 on white (WCAG 1.4.11), from Mantine's palette. */
export const seriesColours = [
  'var(--mantine-color-indigo-7)',
  'var(--mantine-color-teal-8)',
  'var(--mantine-color-orange-8)',
  'var(--mantine-color-grape-7)',
  'var(--mantine-color-red-8)',
  'var(--mantine-color-gray-7)',
] as const;
