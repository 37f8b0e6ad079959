import type {
  IsoWeekday,
  UserView,
  WorkingHours,
} from '@torchbridge/contracts';
import { useMutation } from '@tanstack/react-query';
import { CheckboxGroup, SubmitRow, TextField } from '@torchbridge/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import {
  ISO_WEEKDAYS,
  minutesToTimeInput,
  timeInputToMinutes,
  weekdayName,
} from '../booking/booking-time';
import { useFieldProblem } from '../booking/field-problem';

const asWeekday = (value: string): IsoWeekday | undefined =>
  ISO_WEEKDAYS.find((day) => String(day) === value);

/** The hours someone usually works on their own clock; "best times for both" ranks session times by them. */
export function WorkingHoursForm({ user }: { user: UserView }) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { updateUser } = useAuth();
  const headingId = useId();
  const [start, setStart] = useState(
    minutesToTimeInput(user.workingHours.startMinute),
  );
  const [end, setEnd] = useState(
    minutesToTimeInput(user.workingHours.endMinute),
  );
  const [weekdays, setWeekdays] = useState<string[]>(
    user.workingHours.weekdays.map(String),
  );
  const [attempted, setAttempted] = useState(false);
  const save = useMutation({
    mutationFn: (workingHours: WorkingHours) => api.updateMe({ workingHours }),
    onSuccess: updateUser,
  });
  const startMinute = timeInputToMinutes(start, 'start');
  const endMinute = timeInputToMinutes(end, 'end');
  const fieldProblem = useFieldProblem(
    save.error,
    attempted
      ? {
          ...(Number.isNaN(startMinute)
            ? { 'workingHours.startMinute': 'time' as const }
            : {}),
          ...(Number.isNaN(endMinute)
            ? { 'workingHours.endMinute': 'time' as const }
            : {}),
        }
      : {},
  );
  const noDays = attempted && weekdays.length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const days = weekdays
      .map(asWeekday)
      .filter((d): d is IsoWeekday => d !== undefined);
    if (
      Number.isNaN(startMinute) ||
      Number.isNaN(endMinute) ||
      days.length === 0
    ) {
      return;
    }
    save.mutate({ startMinute, endMinute, weekdays: days });
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('workingHours.title')}</h2>
      <p className="muted">{t('workingHours.lead')}</p>
      <ApiErrorAlert error={save.error} />
      <form className="form" noValidate onSubmit={submit}>
        <div className="form-row">
          <TextField
            type="time"
            name="workingHours.startMinute"
            label={t('workingHours.start')}
            step={900}
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={fieldProblem(
              'workingHours.startMinute',
              t('workingHours.start'),
            )}
          />
          <TextField
            type="time"
            name="workingHours.endMinute"
            label={t('workingHours.end')}
            step={900}
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            error={fieldProblem(
              'workingHours.endMinute',
              t('workingHours.end'),
            )}
          />
        </div>
        <CheckboxGroup
          legend={t('workingHours.days')}
          name="workingHours.weekdays"
          values={weekdays}
          choices={ISO_WEEKDAYS.map((day) => ({
            value: String(day),
            label: weekdayName(day, locale, 'short'),
          }))}
          onChange={setWeekdays}
          error={
            (noDays ? t('workingHours.noDays') : undefined) ??
            fieldProblem('workingHours.weekdays', t('workingHours.days'))
          }
        />
        <SubmitRow
          pending={save.isPending}
          label={t('workingHours.save')}
          pendingLabel={t('workingHours.saving')}
          done={save.isSuccess ? t('workingHours.saved') : undefined}
        />
      </form>
    </section>
  );
}
