import { Anchor, Text } from '@mantine/core';
import type { EnrolmentRowFragment } from '@bridgeway/web-graphql';
import { Link } from 'react-router';

/** A resident's name links to their case file, for case workers only (group leaders get plain names). */
export function ParticipantName({
  participant,
  caseWorker,
}: {
  participant: EnrolmentRowFragment['participant'];
  caseWorker: boolean;
}) {
  if (caseWorker && participant.kind === 'RESIDENT') {
    return (
      <Anchor component={Link} to={`/residents/${participant.id}`} fw={600}>
        {participant.displayName}
      </Anchor>
    );
  }
  return (
    <Text span fw={600}>
      {participant.displayName}
    </Text>
  );
}
