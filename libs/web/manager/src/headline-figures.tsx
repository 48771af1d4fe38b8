import { Group, Paper, Text } from '@mantine/core';

export interface HeadlineFigure {
  id: string;
  label: string;
  value: string;
}

/** A few key figures of a section as a description list (label, value), each in a small box. */
export function HeadlineFigures({
  figures,
  testIdPrefix,
}: {
  figures: readonly HeadlineFigure[];
  testIdPrefix: string;
}) {
  return (
    <Group component="dl" gap="md" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.id} withBorder p="sm" miw={150}>
          <Text component="dt" size="sm" c="gray.7">
            {figure.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl" data-testid={`${testIdPrefix}-${figure.id}`}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
