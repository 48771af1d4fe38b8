import { Stack, Text } from '@mantine/core';
import { DepartmentFilter, type Period } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HelplineFiguresSection } from './helpline-figures-section';
import { MaterialSupportFiguresSection } from './material-support-figures-section';
import { ProgrammeFiguresSection } from './programme-figures-section';

/**
 * The work outside the houses (groups and courses, the helpline, material support) in the
 * period, for the whole organisation or one department: the filter applies to these sections.
 */
export function DepartmentFigures({ period }: { period: Period }) {
  const { t } = useTranslation('manager');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <DepartmentFilter value={departmentId} onChange={setDepartmentId} />
        <Text size="sm" c="gray.7">
          {t('departmentScope')}
        </Text>
      </Stack>
      <ProgrammeFiguresSection period={period} departmentId={departmentId} />
      <HelplineFiguresSection period={period} departmentId={departmentId} />
      <MaterialSupportFiguresSection period={period} departmentId={departmentId} />
    </Stack>
  );
}
