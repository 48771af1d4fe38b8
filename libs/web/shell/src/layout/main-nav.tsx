import { Badge, NavLink } from '@mantine/core';
import type { Role } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { WebNavEntry } from '../domains/web-domain';
import { fallbackLanguage, isLanguage } from '../i18n/languages';
import { isNavItemActive, navItemsFor } from './nav-items';

export function MainNav({ nav, role, onNavigate }: { nav: readonly WebNavEntry[]; role: Role; onNavigate(): void }) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : fallbackLanguage;
  return (
    <>
      {navItemsFor(nav, role).map((item) => {
        const active = isNavItemActive(item, pathname);
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={item.label[language]}
            active={active}
            variant="filled"
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            rightSection={
              item.comingLater && (
                <Badge size="xs" variant="outline" color="gray.7">
                  {t('nav.comingLater')}
                </Badge>
              )
            }
          />
        );
      })}
    </>
  );
}
