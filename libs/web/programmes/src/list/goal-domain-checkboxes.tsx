import { Checkbox, Fieldset, SimpleGrid } from '@mantine/core';
import { GOAL_DOMAINS } from '@bridgeway/shared-domain';
import type { GoalDomain } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';

interface GoalDomainCheckboxesProps {
  value: readonly GoalDomain[];
  onChange(value: GoalDomain[]): void;
}

/** The life domains a programme works toward (a work-skills course counts toward WORK goals). */
export function GoalDomainCheckboxes({ value, onChange }: GoalDomainCheckboxesProps) {
  const { t } = useTranslation('programmes');
  const toggle = (domain: GoalDomain, checked: boolean) =>
    onChange(
      checked ? GOAL_DOMAINS.filter((d) => d === domain || value.includes(d)) : value.filter((d) => d !== domain),
    );
  return (
    <Fieldset legend={t('form.goalDomains')} variant="unstyled" p={0}>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} verticalSpacing={6} mt={4}>
        {GOAL_DOMAINS.map((domain) => (
          <Checkbox
            key={domain}
            label={t(`goalDomain.${domain}`)}
            checked={value.includes(domain)}
            onChange={(event) => toggle(domain, event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
