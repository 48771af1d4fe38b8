import { Button, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { bedsInDraft, type ResidenceErrors, type RoomDraft } from './residence-draft';
import { residenceLimits } from './residence-limits';
import { useResidenceMessage } from './use-residence-message';

interface RoomsFieldsProps {
  rooms: readonly RoomDraft[];
  errors: ResidenceErrors;
  onChange(index: number, patch: Partial<RoomDraft>): void;
  onAdd(): void;
  onRemove(index: number): void;
}

/** The new residence's rooms: a repeatable line "room name + number of beds", and the beds in all. */
export function RoomsFields({ rooms, errors, onChange, onAdd, onRemove }: RoomsFieldsProps) {
  const { t } = useTranslation('residences');
  const format = useFormatters();
  const message = useResidenceMessage();
  const total = bedsInDraft(rooms);
  return (
    <Fieldset legend={t('form.rooms')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('form.roomsDescription')}
        </Text>
        {rooms.map((room, index) => (
          <Group key={room.key} align="flex-start" gap="xs" wrap="nowrap" data-testid="room-line">
            <TextInput
              flex={1}
              label={t('form.roomName', { number: index + 1 })}
              required
              withAsterisk
              autoComplete="off"
              value={room.name}
              onChange={(event) => onChange(index, { name: event.currentTarget.value })}
              error={message(errors[`room.${index}.name`], residenceLimits.roomName)}
            />
            <NumberInput
              w={120}
              label={t('form.roomBeds', { number: index + 1 })}
              required
              withAsterisk
              min={1}
              max={residenceLimits.bedsPerRoom}
              allowDecimal={false}
              clampBehavior="none"
              value={room.beds}
              onChange={(value) => onChange(index, { beds: String(value) })}
              error={message(errors[`room.${index}.beds`])}
            />
            {rooms.length > 1 && (
              <Button
                variant="default"
                c="red.9"
                mt={25}
                aria-label={t('form.removeRoomNamed', { number: index + 1, name: room.name.trim() || '…' })}
                onClick={() => onRemove(index)}
              >
                {t('form.removeRoom')}
              </Button>
            )}
          </Group>
        ))}
        <Group justify="space-between">
          <Button variant="default" size="compact-sm" onClick={onAdd}>
            {t('form.addRoom')}
          </Button>
          <Text size="sm" fw={600} aria-live="polite" data-testid="rooms-total">
            {t('form.bedsInAll', { count: total, formatted: format.number(total) })}
          </Text>
        </Group>
        {errors.rooms && (
          <Text size="sm" c="red.9" role="alert">
            {message(errors.rooms, errors.rooms === 'tooLong' ? residenceLimits.roomName : undefined)}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
