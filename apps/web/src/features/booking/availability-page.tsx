import { isApiError } from '@torchbridge/api-client';
import {
  SESSION_LENGTHS,
  type AvailabilityInput,
  type AvailabilityView,
  type SessionLength,
} from '@torchbridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  CheckboxField,
  CheckboxGroup,
  PageHeader,
  StatusMessage,
  SubmitRow,
  TextField,
} from '@torchbridge/ui';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { TimeZoneSelect } from '../../lib/time/time-zone-select';
import {
  defaultAvailability,
  fromDraft,
  toDraft,
  type AvailabilityDraft,
  type DraftProblems,
} from './availability-draft';
import { AvailabilityPreview } from './availability-preview';
import { BlackoutsEditor } from './blackouts-editor';
import { bookingKeys } from './booking-keys';
import { weekdayName } from './booking-time';
import { DateOverrides } from './date-overrides';
import { useFieldProblem } from './field-problem';
import { OfficeHoursManager } from './office-hours-manager';
import { WeeklyHours } from './weekly-hours';
import './booking.css';

/** A mentor's open hours, rules for sessions, a preview of what founders see, and office hours. */
export function AvailabilityPage() {
  const { t } = useTranslation('booking');
  const api = useApi();
  const user = useSignedInUser();
  const availability = useQuery({
    queryKey: bookingKeys.availability,
    queryFn: () => api.myAvailability(),
    retry: false,
  });
  const notSet =
    isApiError(availability.error) &&
    availability.error.code === 'availability.not_set';
  // Without saved hours the mentor's id comes from their profile (the slots and office hours are asked by it).
  const profile = useQuery({
    queryKey: ['me', 'mentor-profile'],
    queryFn: () => api.myMentorProfile(),
    enabled: notSet,
  });

  let body;
  if (availability.data || notSet) {
    // Not keyed by the saved version: a save keeps the form, its success line and focus where they are.
    body = (
      <AvailabilityEditor
        saved={availability.data ?? null}
        start={availability.data ?? defaultAvailability(user.timeZone)}
        mentorId={availability.data?.mentorId ?? profile.data?.id ?? null}
      />
    );
  } else if (availability.error) {
    body = (
      <>
        <ApiErrorAlert
          title={t('availability.loadFailed')}
          error={availability.error}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void availability.refetch()}
        >
          {t('availability.retry')}
        </button>
      </>
    );
  } else {
    body = (
      <StatusMessage className="page-status">
        {t('availability.loading')}
      </StatusMessage>
    );
  }

  return (
    <div className="page booking-page">
      <PageHeader
        title={t('availability.title')}
        lead={t('availability.lead')}
      />
      {body}
    </div>
  );
}

function lengthChoice(value: string): SessionLength | undefined {
  return SESSION_LENGTHS.find((length) => String(length) === value);
}

function AvailabilityEditor({
  saved,
  start,
  mentorId,
}: {
  saved: AvailabilityView | null;
  start: AvailabilityInput;
  mentorId: string | null;
}) {
  const { t, i18n } = useTranslation(['booking', 'common', 'errors']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AvailabilityDraft>(() => toDraft(start));
  const [problems, setProblems] = useState<DraftProblems>({});
  const save = useMutation({
    mutationFn: (input: AvailabilityInput) => api.saveAvailability(input),
    onSuccess: async (view) => {
      queryClient.setQueryData(bookingKeys.availability, view);
      await queryClient.invalidateQueries({
        queryKey: bookingKeys.slotsOf(view.mentorId),
      });
    },
    onError: (error) => {
      if (isApiError(error)) {
        focusFirst(new Set(error.details.map((detail) => detail.field)));
      }
    },
  });
  const fieldProblem = useFieldProblem(save.error, problems);
  // Stable, so the memoised zone list (some 400 options) is not rebuilt on every keystroke elsewhere in the form.
  const setTimeZone = useCallback(
    (timeZone: string) => setDraft((current) => ({ ...current, timeZone })),
    [],
  );
  const set = <K extends keyof AvailabilityDraft>(
    key: K,
    value: AvailabilityDraft[K],
  ) => setDraft((current) => ({ ...current, [key]: value }));

  /** Focus goes to the first input, in page order, named after a path that has a problem. */
  function focusFirst(paths: Set<string>) {
    const form = formRef.current;
    if (!form) {
      return;
    }
    const first = [...form.elements].find(
      (element): element is HTMLInputElement =>
        (element instanceof HTMLInputElement ||
          element instanceof HTMLSelectElement) &&
        [...paths].some(
          (path) =>
            element.name === path || element.name.startsWith(`${path}.`),
        ),
    );
    first?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, problems: found } = fromDraft(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      focusFirst(new Set(Object.keys(found)));
      return;
    }
    save.mutate(input);
  }

  /** "Weekly hours · Tuesday · Until": where a problem the API named sits, in the words of the form. */
  function pathLabel(path: string): string {
    const [group, index = '', leaf, , nestedLeaf] = path.split('.');
    const name = (key: string | undefined) =>
      key && Object.hasOwn(FIELD_KEYS, key)
        ? t(`booking:availability.fields.${FIELD_KEYS[key as FieldKey]}`)
        : (key ?? '');
    if (group === 'rules') {
      const rule = draft.rules[Number(index)];
      return [
        t('booking:availability.weekly'),
        rule ? weekdayName(rule.weekday, locale) : '',
        leaf ? name(leaf) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    if (group === 'overrides') {
      const date =
        draft.overrides[Number(index)]?.date ||
        t('booking:availability.newDate');
      return [
        t('booking:availability.overrides'),
        date,
        name(nestedLeaf ?? leaf),
      ]
        .filter(Boolean)
        .join(' · ');
    }
    if (group === 'blackouts') {
      return [
        t('booking:availability.blackoutLegend', { number: Number(index) + 1 }),
        name(leaf),
      ]
        .filter(Boolean)
        .join(' · ');
    }
    return name(group);
  }

  const detailLines = isApiError(save.error)
    ? save.error.details.map(
        (detail) =>
          fieldProblem(detail.field, pathLabel(detail.field)) ?? detail.field,
      )
    : [];
  const localLines = Object.keys(problems).map(
    (path) => fieldProblem(path, pathLabel(path)) ?? path,
  );
  const topLevel = (path: string) => fieldProblem(path, pathLabel(path));

  return (
    <div className="stack">
      <form
        ref={formRef}
        className="availability-form stack"
        noValidate
        onSubmit={submit}
      >
        <section className="card" aria-labelledby={`${ids}weekly`}>
          <h2 id={`${ids}weekly`}>{t('booking:availability.weekly')}</h2>
          <p className="muted">{t('booking:availability.weeklyLead')}</p>
          <TimeZoneSelect
            name="timeZone"
            value={draft.timeZone}
            onChange={setTimeZone}
            hint={t('booking:availability.zoneHint')}
            error={topLevel('timeZone')}
          />
          <WeeklyHours
            rules={draft.rules}
            onChange={(rules) => set('rules', rules)}
            fieldProblem={fieldProblem}
            locale={locale}
          />
        </section>
        <section className="card" aria-labelledby={`${ids}overrides`}>
          <h2 id={`${ids}overrides`}>{t('booking:availability.overrides')}</h2>
          <p className="muted">{t('booking:availability.overridesLead')}</p>
          <DateOverrides
            overrides={draft.overrides}
            onChange={(overrides) => set('overrides', overrides)}
            fieldProblem={fieldProblem}
          />
        </section>
        <section className="card" aria-labelledby={`${ids}blackouts`}>
          <h2 id={`${ids}blackouts`}>{t('booking:availability.blackouts')}</h2>
          <p className="muted">{t('booking:availability.blackoutsLead')}</p>
          <BlackoutsEditor
            blackouts={draft.blackouts}
            onChange={(blackouts) => set('blackouts', blackouts)}
            fieldProblem={fieldProblem}
          />
        </section>
        <section className="card" aria-labelledby={`${ids}rules`}>
          <h2 id={`${ids}rules`}>{t('booking:availability.sessionRules')}</h2>
          <div className="form">
            <CheckboxGroup
              legend={t('booking:availability.fields.sessionLengths')}
              name="sessionLengths"
              values={draft.sessionLengths.map(String)}
              choices={SESSION_LENGTHS.map((minutes) => ({
                value: String(minutes),
                label: t('booking:calendar.lengthOption', { minutes }),
              }))}
              onChange={(values) =>
                set(
                  'sessionLengths',
                  values
                    .map(lengthChoice)
                    .filter((v): v is SessionLength => v !== undefined),
                )
              }
              error={topLevel('sessionLengths')}
            />
            <div className="form-row form-row-3">
              <NumberField
                name="bufferBeforeMinutes"
                label={t('booking:availability.fields.bufferBefore')}
                hint={t('booking:availability.minutesHint')}
                value={draft.bufferBeforeMinutes}
                onChange={(v) => set('bufferBeforeMinutes', v)}
                error={topLevel('bufferBeforeMinutes')}
              />
              <NumberField
                name="bufferAfterMinutes"
                label={t('booking:availability.fields.bufferAfter')}
                hint={t('booking:availability.minutesHint')}
                value={draft.bufferAfterMinutes}
                onChange={(v) => set('bufferAfterMinutes', v)}
                error={topLevel('bufferAfterMinutes')}
              />
              <NumberField
                name="minimumNoticeMinutes"
                label={t('booking:availability.fields.notice')}
                hint={t('booking:availability.noticeHint')}
                value={draft.minimumNoticeHours}
                onChange={(v) => set('minimumNoticeHours', v)}
                error={topLevel('minimumNoticeMinutes')}
                step="0.5"
              />
              <NumberField
                name="horizonDays"
                label={t('booking:availability.fields.horizon')}
                hint={t('booking:availability.horizonHint')}
                value={draft.horizonDays}
                onChange={(v) => set('horizonDays', v)}
                error={topLevel('horizonDays')}
              />
              <NumberField
                name="maxPerDay"
                label={t('booking:availability.fields.maxPerDay')}
                hint={t('booking:availability.capHint')}
                value={draft.maxPerDay}
                onChange={(v) => set('maxPerDay', v)}
                error={topLevel('maxPerDay')}
              />
              <NumberField
                name="maxPerWeek"
                label={t('booking:availability.fields.maxPerWeek')}
                hint={t('booking:availability.capHint')}
                value={draft.maxPerWeek}
                onChange={(v) => set('maxPerWeek', v)}
                error={topLevel('maxPerWeek')}
              />
            </div>
            <div className="form-row">
              <TextField
                type="url"
                name="meetingLink"
                inputMode="url"
                label={t('booking:availability.fields.meetingLink')}
                hint={t('booking:availability.meetingLinkHint')}
                value={draft.meetingLink}
                onChange={(event) => set('meetingLink', event.target.value)}
                error={topLevel('meetingLink')}
              />
              <TextField
                name="meetingPlace"
                label={t('booking:availability.fields.meetingPlace')}
                hint={t('booking:availability.meetingPlaceHint')}
                maxLength={300}
                value={draft.meetingPlace}
                onChange={(event) => set('meetingPlace', event.target.value)}
                error={topLevel('meetingPlace')}
              />
            </div>
            <CheckboxField
              name="autoConfirm"
              label={t('booking:availability.fields.autoConfirm')}
              checked={draft.autoConfirm}
              onChange={(event) => set('autoConfirm', event.target.checked)}
              error={topLevel('autoConfirm')}
            />
          </div>
        </section>
        <div className="card availability-save">
          {isApiError(save.error) && save.error.details.length > 0 ? (
            <Alert
              message={t('errors:client.checkFields')}
              details={detailLines}
            />
          ) : localLines.length > 0 ? (
            <Alert
              message={t('errors:client.checkFields')}
              details={localLines}
            />
          ) : (
            <ApiErrorAlert error={save.error} />
          )}
          <SubmitRow
            pending={save.isPending}
            label={t('booking:availability.save')}
            pendingLabel={t('booking:availability.saving')}
            done={save.isSuccess ? t('booking:availability.saved') : undefined}
          />
        </div>
      </form>
      <section className="card" aria-labelledby={`${ids}preview`}>
        <h2 id={`${ids}preview`}>{t('booking:preview.title')}</h2>
        {saved && mentorId ? (
          <AvailabilityPreview mentorId={mentorId} timeZone={saved.timeZone} />
        ) : (
          <p className="muted">{t('booking:preview.notSaved')}</p>
        )}
      </section>
      <section className="card" aria-labelledby={`${ids}office`}>
        <h2 id={`${ids}office`}>{t('booking:officeHours.title')}</h2>
        <p className="muted">{t('booking:officeHours.mentorLead')}</p>
        {mentorId ? (
          <OfficeHoursManager
            mentorId={mentorId}
            timeZone={saved?.timeZone ?? draft.timeZone}
          />
        ) : (
          <p className="muted">{t('booking:officeHours.needsProfile')}</p>
        )}
      </section>
    </div>
  );
}

const FIELD_KEYS = {
  timeZone: 'timeZone',
  rules: 'rules',
  overrides: 'overrides',
  blackouts: 'blackouts',
  weekday: 'weekday',
  startMinute: 'from',
  endMinute: 'until',
  date: 'date',
  intervals: 'hours',
  start: 'blackoutStart',
  end: 'blackoutEnd',
  note: 'note',
  sessionLengths: 'sessionLengths',
  bufferBeforeMinutes: 'bufferBefore',
  bufferAfterMinutes: 'bufferAfter',
  minimumNoticeMinutes: 'notice',
  horizonDays: 'horizon',
  maxPerDay: 'maxPerDay',
  maxPerWeek: 'maxPerWeek',
  meetingLink: 'meetingLink',
  meetingPlace: 'meetingPlace',
  autoConfirm: 'autoConfirm',
} as const;
type FieldKey = keyof typeof FIELD_KEYS;

function NumberField({
  name,
  label,
  hint,
  value,
  onChange,
  error,
  step = '1',
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  step?: string;
}) {
  return (
    <TextField
      type="number"
      name={name}
      label={label}
      hint={hint}
      inputMode="decimal"
      min={0}
      step={step}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
