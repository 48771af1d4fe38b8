import { Badge, NavLink } from '@mantine/core';
import type { Role } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isNavItemActive, navItemsFor } from './nav-items';

export function MainNav({ role, onNavigate }: { role: Role; onNavigate(): void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      {navItemsFor(role).map((item) => {
        const active = isNavItemActive(item, pathname);
        return (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(item.labelKey)}
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
