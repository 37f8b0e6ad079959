import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EVENT_PARTICIPANT_KINDS,
  type EventInput,
  type EventView,
  type RequestRule,
} from '@torchbridge/contracts';
import {
  CheckboxField,
  CheckboxGroup,
  PageHeader,
  SelectField,
  SubmitRow,
  TextAreaField,
  TextField,
} from '@torchbridge/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { TimeZoneSelect } from '../../lib/time/time-zone-select';
import {
  instantToLocalInput,
  localInputToInstant,
} from '../booking/booking-time';
import { useEventQuery } from './event-frame';
import { eventKeys } from './event-keys';
import './events.css';

const RULES = EVENT_PARTICIPANT_KINDS.flatMap((from) =>
  EVENT_PARTICIPANT_KINDS.filter((to) => to !== from || from === 'founder').map(
    (to) => `${from}>${to}`,
  ),
);

interface Draft {
  incubatorId: string;
  titleEn: string;
  titleZh: string;
  description: string;
  venue: string;
  online: boolean;
  tableLinks: string;
  timeZone: string;
  startsAt: string;
  rounds: string;
  roundMinutes: string;
  breakMinutes: string;
  tableNames: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  rules: string[];
  requestQuota: string;
  approvalRequired: boolean;
}

function draftOf(event: EventView | undefined, zone: string): Draft {
  const local = (iso: string | undefined) =>
    iso ? instantToLocalInput(iso, event?.timeZone ?? zone) : '';
  return {
    incubatorId: event?.incubatorId ?? '',
    titleEn: event?.titleEn ?? '',
    titleZh: event?.titleZh ?? '',
    description: event?.description ?? '',
    venue: event?.venue ?? '',
    online: event?.online ?? false,
    tableLinks: event?.tableLinks.join('\n') ?? '',
    timeZone: event?.timeZone ?? zone,
    startsAt: local(event?.startsAt),
    rounds: String(event?.rounds ?? 6),
    roundMinutes: String(event?.roundMinutes ?? 15),
    breakMinutes: String(event?.breakMinutes ?? 5),
    tableNames: event?.tableNames.join('\n') ?? 'A\nB\nC',
    registrationOpensAt: local(event?.registrationOpensAt),
    registrationClosesAt: local(event?.registrationClosesAt),
    rules: event
      ? event.requestRules.map(([from, to]) => `${from}>${to}`)
      : ['founder>mentor', 'founder>investor', 'founder>corporate'],
    requestQuota: String(event?.requestQuota ?? 10),
    approvalRequired: event?.approvalRequired ?? true,
  };
}

function inputOf(draft: Draft): Partial<EventInput> {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const at = (value: string) => localInputToInstant(value, draft.timeZone);
  const opens = at(draft.registrationOpensAt);
  const closes = at(draft.registrationClosesAt);
  return {
    titleEn: draft.titleEn.trim(),
    titleZh: draft.titleZh.trim(),
    description: draft.description.trim(),
    venue: draft.online ? '' : draft.venue.trim(),
    online: draft.online,
    tableLinks: draft.online ? lines(draft.tableLinks) : [],
    timeZone: draft.timeZone,
    startsAt: at(draft.startsAt) ?? '',
    rounds: Number(draft.rounds),
    roundMinutes: Number(draft.roundMinutes),
    breakMinutes: Number(draft.breakMinutes),
    tableNames: lines(draft.tableNames),
    ...(opens ? { registrationOpensAt: opens } : {}),
    ...(closes ? { registrationClosesAt: closes } : {}),
    requestRules: draft.rules.map((rule) => rule.split('>') as RequestRule),
    requestQuota: Number(draft.requestQuota),
    approvalRequired: draft.approvalRequired,
  };
}

function EventForm({ event }: { event?: EventView }) {
  const { t, i18n } = useTranslation('events');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() =>
    draftOf(event, user?.timeZone ?? 'UTC'),
  );
  const change = (patch: Partial<Draft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const incubators = useQuery({
    queryKey: ['incubators', 'mine'],
    queryFn: () => api.incubators(),
    enabled: !event,
  });
  const mine = (incubators.data ?? []).filter(
    (incubator) =>
      user?.role === 'admin' ||
      incubator.managers?.some((m) => m.userId === user?.id),
  );
  const save = useMutation({
    mutationFn: () => {
      const body = inputOf(draft);
      return event
        ? api.updateEvent(event.id, body)
        : api.createEvent({
            ...(body as EventInput),
            incubatorId: draft.incubatorId || (mine[0]?.id ?? ''),
          });
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(eventKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: eventKeys.list });
      void navigate(`/events/${saved.id}`);
    },
  });
  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    save.mutate();
  }
  const kind = (code: string) =>
    t(`kinds.${code as (typeof EVENT_PARTICIPANT_KINDS)[number]}`);
  return (
    <form className="form card" noValidate onSubmit={submit}>
      {event ? null : (
        <SelectField
          label={t('form.incubator')}
          value={draft.incubatorId || (mine[0]?.id ?? '')}
          onChange={(e) => change({ incubatorId: e.target.value })}
        >
          {mine.map((incubator) => (
            <option key={incubator.id} value={incubator.id}>
              {locale === 'zh-CN' ? incubator.nameZh : incubator.nameEn}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={t('form.titleEn')}
        value={draft.titleEn}
        onChange={(e) => change({ titleEn: e.target.value })}
      />
      <TextField
        label={t('form.titleZh')}
        lang="zh-CN"
        value={draft.titleZh}
        onChange={(e) => change({ titleZh: e.target.value })}
      />
      <TextAreaField
        label={t('form.description')}
        rows={3}
        value={draft.description}
        onChange={(e) => change({ description: e.target.value })}
      />
      <CheckboxField
        label={t('form.online')}
        checked={draft.online}
        onChange={(e) => change({ online: e.target.checked })}
      />
      {draft.online ? (
        <TextAreaField
          label={t('form.tableLinks')}
          rows={3}
          value={draft.tableLinks}
          onChange={(e) => change({ tableLinks: e.target.value })}
        />
      ) : (
        <TextField
          label={t('form.venue')}
          value={draft.venue}
          onChange={(e) => change({ venue: e.target.value })}
        />
      )}
      <TimeZoneSelect
        value={draft.timeZone}
        onChange={(timeZone) => change({ timeZone })}
      />
      <TextField
        type="datetime-local"
        label={t('form.startsAt')}
        value={draft.startsAt}
        onChange={(e) => change({ startsAt: e.target.value })}
      />
      <TextField
        type="number"
        min={1}
        label={t('form.rounds')}
        value={draft.rounds}
        onChange={(e) => change({ rounds: e.target.value })}
      />
      <TextField
        type="number"
        min={1}
        label={t('form.roundMinutes')}
        value={draft.roundMinutes}
        onChange={(e) => change({ roundMinutes: e.target.value })}
      />
      <TextField
        type="number"
        min={0}
        label={t('form.breakMinutes')}
        value={draft.breakMinutes}
        onChange={(e) => change({ breakMinutes: e.target.value })}
      />
      <TextAreaField
        label={t('form.tableNames')}
        rows={3}
        value={draft.tableNames}
        onChange={(e) => change({ tableNames: e.target.value })}
      />
      <TextField
        type="datetime-local"
        label={t('form.registrationOpensAt')}
        value={draft.registrationOpensAt}
        onChange={(e) => change({ registrationOpensAt: e.target.value })}
      />
      <TextField
        type="datetime-local"
        label={t('form.registrationClosesAt')}
        value={draft.registrationClosesAt}
        onChange={(e) => change({ registrationClosesAt: e.target.value })}
      />
      <CheckboxGroup
        legend={t('form.rules')}
        name="rules"
        values={draft.rules}
        choices={RULES.map((rule) => {
          const [from = '', to = ''] = rule.split('>');
          return {
            value: rule,
            label: t('page.rule', { from: kind(from), to: kind(to) }),
          };
        })}
        onChange={(rules) => change({ rules })}
      />
      <TextField
        type="number"
        min={1}
        label={t('form.quota')}
        value={draft.requestQuota}
        onChange={(e) => change({ requestQuota: e.target.value })}
      />
      <CheckboxField
        label={t('form.approvalRequired')}
        checked={draft.approvalRequired}
        onChange={(e) => change({ approvalRequired: e.target.checked })}
      />
      <ApiErrorAlert error={save.error} />
      <SubmitRow
        pending={save.isPending}
        label={event ? t('form.save') : t('form.create')}
        pendingLabel={event ? t('form.saving') : t('form.creating')}
      />
    </form>
  );
}

/** Organisers set up a new event (a draft). */
export function NewEventPage() {
  const { t } = useTranslation('events');
  return (
    <div className="page">
      <PageHeader title={t('form.newTitle')} lead={t('form.lead')} />
      <EventForm />
    </div>
  );
}

/** Organisers change an event's setup. */
export function EditEventPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const event = useEventQuery();
  return (
    <div className="page">
      <PageHeader title={t('form.editTitle')} lead={t('form.lead')} />
      {event.data && event.data.id === id ? (
        <EventForm event={event.data} />
      ) : (
        <ApiErrorAlert error={event.error} />
      )}
    </div>
  );
}
