import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// indigo.7 on white is ~5:1, enough contrast for text and filled buttons (WCAG AA).
export const theme = createTheme({
  // Users who ask their system for less motion get none: transitions end at once (WCAG 2.3.3).
  respectReducedMotion: true,
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  components: {
    // Light alerts tint their title with the alert colour; on the tinted background that is
    // below 4.5:1 for orange and red. The title uses the text colour; the tint still tells.
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
  },
});

/**
 * Contrast on white (WCAG AA, 4.5:1): "dimmed" text (input descriptions, table captions) is
 * gray.6 by default (3.3:1), gray.7 is ~8:1 and still reads as secondary; error text is
 * red.6 by default (3.3:1), red.9 is ~5.4:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
