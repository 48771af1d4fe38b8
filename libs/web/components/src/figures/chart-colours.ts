/** Chart colours with at least 3:1 contrast on white (WCAG 1.4.11), from Mantine's palette. */
export const chartColours = {
  primary: 'var(--mantine-color-indigo-7)',
  secondary: 'var(--mantine-color-teal-8)',
  accent: 'var(--mantine-color-orange-8)',
  grid: 'var(--mantine-color-gray-3)',
  axis: 'var(--mantine-color-gray-7)',
} as const;

/** The size a chart draws at before its container is measured (and in tests, where nothing is). */
export const chartInitialSize = { width: 480, height: 240 } as const;
