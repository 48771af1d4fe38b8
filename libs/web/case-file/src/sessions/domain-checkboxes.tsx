import { Checkbox, Fieldset, SimpleGrid } from '@mantine/core';
import type { GoalDomain } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { goalDomains } from '../goals/goal-domains';

interface DomainCheckboxesProps {
  value: readonly GoalDomain[];
  onChange(value: GoalDomain[]): void;
}

/** Which life domains the session worked on: a fieldset of checkboxes. */
export function DomainCheckboxes({ value, onChange }: DomainCheckboxesProps) {
  const { t } = useTranslation('case-file');
  const toggle = (domain: GoalDomain, checked: boolean) =>
    onChange(
      checked ? goalDomains.filter((d) => d === domain || value.includes(d)) : value.filter((d) => d !== domain),
    );
  return (
    <Fieldset legend={t('sessions.fields.domains')} variant="unstyled" p={0}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6} mt={4}>
        {goalDomains.map((domain) => (
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
