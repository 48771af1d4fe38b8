import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from '../theme/theme';

/**
 * Theme and translations for everything below. `env="test"` (component tests in jsdom) turns off
 * Mantine's transitions and portals, and the hiding of a popover whose anchor has no size (jsdom
 * lays nothing out, so a menu could otherwise open with `display: none`).
 */
export function ShellProviders({ i18n, env = 'default', children }: { i18n: I18n; env?: 'default' | 'test'; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env={env} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}
