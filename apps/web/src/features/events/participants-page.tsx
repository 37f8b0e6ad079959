import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EVENT_PARTICIPANT_KINDS,
  MEETING_PRIORITIES,
  type EventParticipantView,
  type EventView,
  type Locale,
  type MeetingPriority,
} from '@torchbridge/contracts';
import {
  ChoiceGroup,
  SelectField,
  StatusMessage,
  SubmitRow,
  TextAreaField,
  TextField,
} from '@torchbridge/ui';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import {
  taxonomyChoices,
  taxonomyLabel,
} from '../../lib/taxonomy/taxonomy-labels';
import { EventFrame, type EventContext } from './event-frame';
import { eventKeys } from './event-keys';
import { requestBlock, type RequestBlock } from './request-rules';

function RequestForm({
  event,
  target,
  onDone,
  onCancel,
}: {
  event: EventView;
  target: EventParticipantView;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('events');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const [priority, setPriority] = useState<MeetingPriority>(2);
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api.requestEventMeeting(event.id, {
        toParticipantId: target.id,
        priority,
        ...(message.trim() ? { message: message.trim() } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: eventKeys.all });
      onDone();
    },
  });
  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    send.mutate();
  }
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={t('participants.requestWho', { name: target.displayName })}
    >
      <ChoiceGroup
        legend={t('participants.priority')}
        name={`${ids}priority`}
        value={String(priority)}
        choices={[...MEETING_PRIORITIES].reverse().map((p) => ({
          value: String(p),
          label: t(`priorities.${p}`),
        }))}
        onChange={(value) => setPriority(Number(value) as MeetingPriority)}
      />
      <TextAreaField
        label={t('participants.message')}
        value={message}
        maxLength={1000}
        rows={3}
        onChange={(e) => setMessage(e.target.value)}
      />
      <ApiErrorAlert error={send.error} />
      <SubmitRow
        pending={send.isPending}
        label={t('participants.send')}
        pendingLabel={t('participants.sending')}
      >
        <button
          type="button"
          className="button button-secondary"
          onClick={onCancel}
        >
          {t('participants.cancel')}
        </button>
      </SubmitRow>
    </form>
  );
}

function blockText(
  t: ReturnType<typeof useTranslation<'events'>>['t'],
  block: RequestBlock,
): string {
  if (block.reason === 'rules') {
    return t('participants.why.rules', {
      from: t(`kinds.${block.from as EventParticipantView['kind']}`),
      to: t(`kinds.${block.to as EventParticipantView['kind']}`),
    });
  }
  return t(`participants.why.${block.reason}`);
}

function ParticipantCard({
  event,
  person,
  block,
  locale,
  open,
  onOpen,
  onClose,
  onSent,
}: {
  event: EventView;
  person: EventParticipantView;
  block: RequestBlock | null;
  locale: Locale;
  open: boolean;
  onOpen(): void;
  onClose(): void;
  onSent(): void;
}) {
  const { t } = useTranslation('events');
  const ids = useId();
  return (
    <li className="card event-person" aria-labelledby={`${ids}name`}>
      <h3 id={`${ids}name`}>{person.displayName}</h3>
      <p>
        <span className="badge">{t(`kinds.${person.kind}`)}</span>
        {person.organisation ? ` ${person.organisation}` : ''}
      </p>
      {person.offer ? (
        <p>
          <strong>{t('participants.offers')}:</strong> {person.offer}
        </p>
      ) : null}
      {person.lookingFor ? (
        <p>
          <strong>{t('participants.looksFor')}:</strong> {person.lookingFor}
        </p>
      ) : null}
      {person.sectors.length > 0 ? (
        <p className="muted">
          {person.sectors
            .map((code) => taxonomyLabel('sectors', code, locale))
            .join(' · ')}
        </p>
      ) : null}
      {open ? (
        <RequestForm
          event={event}
          target={person}
          onDone={onSent}
          onCancel={onClose}
        />
      ) : (
        <div>
          <button
            type="button"
            className="button button-primary"
            disabled={block !== null}
            aria-describedby={block ? `${ids}why` : undefined}
            aria-label={t('participants.requestWho', {
              name: person.displayName,
            })}
            onClick={onOpen}
          >
            {t('participants.request')}
          </button>
          {block ? (
            <p id={`${ids}why`} className="event-why muted">
              {blockText(t, block)}
            </p>
          ) : null}
        </div>
      )}
    </li>
  );
}

function Directory({ event, locale }: EventContext) {
  const { t } = useTranslation('events');
  const api = useApi();
  const ids = useId();
  const [kind, setKind] = useState('');
  const [sector, setSector] = useState('');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const participants = useQuery({
    queryKey: eventKeys.participants(event.id),
    queryFn: () => api.eventParticipants(event.id),
  });
  const requests = useQuery({
    queryKey: eventKeys.requests(event.id),
    queryFn: () => api.eventRequests(event.id),
    enabled: Boolean(event.me),
  });
  const sectorChoices = useMemo(
    () => taxonomyChoices('sectors', locale),
    [locale],
  );
  const me = event.me;

  return (
    <div className="stack">
      {me?.status === 'approved' ? (
        <p className="card" role="status">
          {t('register.quotaLeft', {
            left: me.requestsLeft,
            quota: event.requestQuota,
          })}
        </p>
      ) : null}
      <fieldset className="event-filters">
        <legend className="visually-hidden">{t('participants.filters')}</legend>
        <SelectField
          label={t('participants.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          <option value="">{t('participants.anyKind')}</option>
          {EVENT_PARTICIPANT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('participants.sector')}
          value={sector}
          onChange={(e) => setSector(e.target.value)}
        >
          <option value="">{t('participants.anySector')}</option>
          {sectorChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <TextField
          type="search"
          label={t('participants.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </fieldset>
      {sentTo ? (
        <StatusMessage>
          {t('participants.sent', { name: sentTo })}
        </StatusMessage>
      ) : null}
      <QueryState
        query={participants}
        loadFailed={t('participants.loadFailed')}
      >
        {(items) => {
          const needle = text.trim().toLowerCase();
          const shown = items.filter(
            (p) =>
              p.status === 'approved' &&
              p.id !== me?.id &&
              (!kind || p.kind === kind) &&
              (!sector || p.sectors.includes(sector)) &&
              (!needle ||
                [p.displayName, p.organisation, p.offer, p.lookingFor]
                  .join(' ')
                  .toLowerCase()
                  .includes(needle)),
          );
          return (
            <section aria-labelledby={`${ids}count`}>
              <p id={`${ids}count`} className="muted" aria-live="polite">
                {t('participants.shown', { count: shown.length })}
              </p>
              {shown.length === 0 ? (
                <p className="empty-state">{t('participants.empty')}</p>
              ) : (
                <ul className="event-people">
                  {shown.map((person) => (
                    <ParticipantCard
                      key={person.id}
                      event={event}
                      person={person}
                      locale={locale}
                      block={requestBlock(event, person, requests.data ?? [])}
                      open={openId === person.id}
                      onOpen={() => {
                        setSentTo(null);
                        setOpenId(person.id);
                      }}
                      onClose={() => setOpenId(null)}
                      onSent={() => {
                        setOpenId(null);
                        setSentTo(person.displayName);
                      }}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        }}
      </QueryState>
    </div>
  );
}

/** The people at an event, filtered by kind, sector and text, each with a way to ask them for a meeting. */
export function ParticipantsPage() {
  const { t } = useTranslation('events');
  return (
    <EventFrame section={t('participants.title')} lead={t('participants.lead')}>
      {(context) => <Directory {...context} />}
    </EventFrame>
  );
}
