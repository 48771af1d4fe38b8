import { Group, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@bridgeway/web-ui';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's one <h1>; also sets the document title. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        {description && <Text c="gray.7">{description}</Text>}
      </Stack>
      {actions}
    </Group>
  );
}
