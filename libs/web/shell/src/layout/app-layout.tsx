import { AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { SessionExpiredDialog, useSession } from '@bridgeway/web-auth';
import { PageLoader } from '@bridgeway/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { WebNavEntry } from '../domains/web-domain';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { MainNav } from './main-nav';
import { SignOutButton } from './sign-out-button';
import { SkipLink } from './skip-link';
import { useFocusMainOnNavigation } from './use-focus-main-on-navigation';
import { UserSummary } from './user-summary';

const mainId = 'main-content';

/** The signed-in frame: header, role-aware navigation (the domains' entries), the page in <main>. */
export function AppLayout({ nav }: { nav: readonly WebNavEntry[] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  useFocusMainOnNavigation(mainId);

  if (!user) return null; // RequireSession renders this layout only with a user

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <SkipLink targetId={mainId} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('nav.close') : t('nav.open')}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <Text fw={700} size="lg">
              Bridgeway
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {/* On a phone (390 px) the name moves into the menu so Sign out stays on screen. */}
            <Box visibleFrom="sm">
              <UserSummary user={user} />
            </Box>
            <LanguageSwitcher hideLabel />
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
        <Box hiddenFrom="sm" mb="sm">
          <UserSummary user={user} />
        </Box>
        <MainNav nav={nav} role={user.role} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id={mainId} tabIndex={-1}>
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <Suspense fallback={null}>
        <SessionExpiredDialog />
      </Suspense>
    </AppShell>
  );
}
