import type { OfficeHoursView } from '@torchbridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SelectField, SubmitRow, TextField } from '@torchbridge/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { bookingKeys } from './booking-keys';
import {
  localInputToInstant,
  zonePlace,
  zonedDay,
  zonedRange,
} from './booking-time';
import { useFieldProblem } from './field-problem';

const LENGTHS = [30, 45, 60, 90, 120] as const;

/** A mentor's group sessions: open new ones with a number of seats, see who took them, cancel. */
export function OfficeHoursManager({
  mentorId,
  timeZone,
}: {
  mentorId: string;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('booking');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [length, setLength] = useState('60');
  const [seats, setSeats] = useState('4');
  const [startMissing, setStartMissing] = useState(false);
  const list = useQuery({
    queryKey: bookingKeys.officeHours(mentorId),
    queryFn: () => api.officeHours(mentorId),
  });
  const create = useMutation({
    mutationFn: (startAt: string) =>
      api.createOfficeHours({
        title: title.trim(),
        start: startAt,
        lengthMinutes: Number(length),
        seats: Number(seats),
      }),
    onSuccess: async () => {
      setTitle('');
      setStart('');
      await queryClient.invalidateQueries({ queryKey: ['office-hours'] });
      await queryClient.invalidateQueries({
        queryKey: bookingKeys.slotsOf(mentorId),
      });
    },
  });
  const fieldProblem = useFieldProblem(
    create.error,
    startMissing ? { start: 'dateTime' } : {},
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const startAt = localInputToInstant(start, timeZone);
    setStartMissing(!startAt);
    if (startAt) {
      create.mutate(startAt);
    }
  }

  return (
    <>
      <QueryState query={list} loadFailed={t('officeHours.loadFailed')}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('officeHours.noneYours')}</p>
          ) : (
            <ul className="session-list">
              {items.map((item) => (
                <OfficeHoursRow
                  key={item.id}
                  item={item}
                  timeZone={timeZone}
                  locale={locale}
                />
              ))}
            </ul>
          )
        }
      </QueryState>
      <form
        className="form office-hours-form"
        noValidate
        onSubmit={submit}
        aria-labelledby={`${ids}new`}
      >
        <h3 id={`${ids}new`}>{t('officeHours.new')}</h3>
        <ApiErrorAlert error={create.error} />
        <TextField
          label={t('officeHours.titleLabel')}
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldProblem('title', t('officeHours.titleLabel'))}
        />
        <div className="form-row">
          <TextField
            type="datetime-local"
            label={t('officeHours.start', { place: zonePlace(timeZone) })}
            name="start"
            required
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={fieldProblem('start', t('officeHours.startShort'))}
          />
          <SelectField
            label={t('officeHours.length')}
            name="lengthMinutes"
            value={length}
            onChange={(event) => setLength(event.target.value)}
            error={fieldProblem('lengthMinutes', t('officeHours.length'))}
          >
            {LENGTHS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('calendar.lengthOption', { minutes })}
              </option>
            ))}
          </SelectField>
          <TextField
            type="number"
            label={t('officeHours.seats')}
            name="seats"
            inputMode="numeric"
            min={1}
            max={50}
            value={seats}
            onChange={(event) => setSeats(event.target.value)}
            error={fieldProblem('seats', t('officeHours.seats'))}
          />
        </div>
        <SubmitRow
          pending={create.isPending}
          label={t('officeHours.create')}
          pendingLabel={t('officeHours.creating')}
          done={create.isSuccess ? t('officeHours.created') : undefined}
        />
      </form>
    </>
  );
}

function OfficeHoursRow({
  item,
  timeZone,
  locale,
}: {
  item: OfficeHoursView;
  timeZone: string;
  locale: 'en' | 'zh-CN';
}) {
  const { t } = useTranslation('booking');
  const api = useApi();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation({
    mutationFn: () => api.cancelOfficeHours(item.id),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['office-hours'] });
      await queryClient.invalidateQueries({ queryKey: ['bookings', 'list'] });
    },
  });
  const past = Date.parse(item.end) <= Date.now();
  return (
    <li className="session-item">
      <h4 className="session-title">{item.title}</h4>
      <p>
        <time dateTime={item.start}>
          {zonedDay(new Date(item.start), timeZone, locale)}{' '}
          {zonedRange(item.start, item.end, timeZone, locale)}
        </time>{' '}
        <span className="muted">({zonePlace(timeZone)})</span>
      </p>
      <p className="park-tags">
        {item.cancelled ? (
          <span className="badge badge-quiet">
            {t('officeHours.cancelled')}
          </span>
        ) : (
          <span className="badge">
            {t('officeHours.seatsTaken', {
              taken: item.seatsTaken,
              seats: item.seats,
            })}
          </span>
        )}
      </p>
      <ApiErrorAlert error={cancel.error} />
      {!item.cancelled && !past && (
        <div className="form-actions">
          {confirming ? (
            <>
              <button
                type="button"
                className="button button-danger"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate()}
              >
                {t('officeHours.cancelConfirm')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConfirming(false)}
              >
                {t('officeHours.cancelKeep')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(true)}
            >
              {t('officeHours.cancel', { title: item.title })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
