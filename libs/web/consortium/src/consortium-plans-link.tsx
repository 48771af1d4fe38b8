import { Anchor } from '@mantine/core';
import { Role } from '@bridgeway/shared-domain';
import { useSessionRole } from '@bridgeway/web-auth';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** To the consortium's strategic plans: a coordinator's plans page lists them; a manager's lists the organisation's own, so managers get no link. */
export function ConsortiumPlansLink() {
  const { t } = useTranslation('consortium');
  const role = useSessionRole();
  if (role !== Role.CONSORTIUM_COORDINATOR) return null;
  return (
    <Anchor component={Link} to="/plans">
      {t('plansLink')}
    </Anchor>
  );
}
