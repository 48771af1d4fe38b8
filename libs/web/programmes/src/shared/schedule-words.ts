import type { ProgrammeSchedulePartsFragment } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { useMeetingTime } from './meeting-time';

/** "Every week on Thursday, 18:00–19:30", "Every 2 weeks on Monday, …", or "No regular schedule". */
export function useScheduleWords(): (schedule: ProgrammeSchedulePartsFragment | null) => string {
  const { t } = useTranslation('programmes');
  const time = useMeetingTime();
  return (schedule) => {
    if (!schedule) return t('schedule.none');
    const values = {
      weekday: time.weekday(schedule.weekday),
      start: schedule.startTime.slice(0, 5),
      end: schedule.endTime.slice(0, 5),
    };
    return schedule.intervalWeeks === 1
      ? t('schedule.weekly', values)
      : t('schedule.everyNWeeks', { ...values, count: schedule.intervalWeeks });
  };
}
