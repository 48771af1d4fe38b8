import { ActionIcon, Group, NumberInput, Text } from '@mantine/core';
import { GUEST_COUNT } from '@bridgeway/shared-domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface GuestStepperProps {
  value: number;
  onChange(value: number): void;
}

const clamp = (value: number) => Math.min(GUEST_COUNT.max, Math.max(GUEST_COUNT.min, Math.trunc(value)));

/** Anonymous guests: − / number / +, with buttons big enough for a thumb. */
export function GuestStepper({ value, onChange }: GuestStepperProps) {
  const { t } = useTranslation('programmes');
  const descriptionId = useId();
  return (
    <div>
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <ActionIcon
          size={48}
          variant="default"
          radius="md"
          aria-label={t('attendance.guests.fewer')}
          disabled={value <= GUEST_COUNT.min}
          onClick={() => onChange(clamp(value - 1))}
        >
          <Text fz={28} lh={1} aria-hidden>
            −
          </Text>
        </ActionIcon>
        <NumberInput
          label={t('attendance.guests.label')}
          aria-describedby={descriptionId}
          size="lg"
          w={120}
          min={GUEST_COUNT.min}
          max={GUEST_COUNT.max}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          value={value}
          onChange={(next) => onChange(typeof next === 'number' ? clamp(next) : 0)}
          styles={{ input: { textAlign: 'center' } }}
        />
        <ActionIcon
          size={48}
          variant="default"
          radius="md"
          aria-label={t('attendance.guests.more')}
          disabled={value >= GUEST_COUNT.max}
          onClick={() => onChange(clamp(value + 1))}
        >
          <Text fz={28} lh={1} aria-hidden>
            +
          </Text>
        </ActionIcon>
      </Group>
      <Text id={descriptionId} size="sm" c="gray.7" mt={4}>
        {t('attendance.guests.description')}
      </Text>
    </div>
  );
}
