import { Card, Group, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface SectionCardProps {
  title: string;
  /** Buttons or links beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled part of a page: a <section> named by its <h2>. */
export function SectionCard({ title, actions, children }: SectionCardProps) {
  const headingId = useId();
  return (
    // A long unbroken word (a pasted link, a name) wraps instead of pushing the page wider than a phone.
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} style={{ overflowWrap: 'anywhere' }}>
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
