import { Anchor, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PageHeader, PeriodPicker, defaultPeriod, isValidPeriod, type Period } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CounsellingHoursSection } from './counselling-hours-section';
import { DepartmentFigures } from './department-figures';
import { GoalsAchievedSection } from './goals-achieved-section';
import { OccupancySection } from './occupancy-section';

/**
 * The manager's home: counselling hours and occupancy in the period; groups, helpline and material
 * support in the period (by department); goals by domain in the period; as charts and tables.
 */
export function ManagerHomePage() {
  const { t } = useTranslation('manager');
  const [period, setPeriod] = useState<Period>(() => defaultPeriod());
  const [debounced] = useDebouncedValue(period, 400);
  const [lastValid, setLastValid] = useState(debounced);
  if (isValidPeriod(debounced) && (debounced.from !== lastValid.from || debounced.to !== lastValid.to))
    setLastValid(debounced);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Anchor component={Link} to="/plans">
            {t('plansLink')}
          </Anchor>
        }
      />
      <PeriodPicker legend={t('period.legend')} value={period} onChange={setPeriod} />
      <CounsellingHoursSection period={lastValid} />
      <OccupancySection period={lastValid} />
      <DepartmentFigures period={lastValid} />
      <GoalsAchievedSection period={lastValid} />
    </Stack>
  );
}
