import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  EventParticipantKind,
  EventParticipantView,
  EventProfileInput,
  EventView,
} from '@torchbridge/contracts';
import {
  CheckboxGroup,
  ChoiceGroup,
  SubmitRow,
  TextAreaField,
  TextField,
} from '@torchbridge/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { taxonomyChoices } from '../../lib/taxonomy/taxonomy-labels';
import type { EventContext } from './event-frame';
import { eventKeys } from './event-keys';
import { zonedRange } from '../booking/booking-time';

/** Founders take part as founders; mentors as mentors or as the investors and corporate partners they also are. */
export const KINDS_BY_ROLE: Record<
  'founder' | 'mentor',
  EventParticipantKind[]
> = {
  founder: ['founder'],
  mentor: ['mentor', 'investor', 'corporate'],
};

export function RegisterForm({ event, locale, viewerZone }: EventContext) {
  const { t } = useTranslation('events');
  const api = useApi();
  const queryClient = useQueryClient();
  const { user } = useAuth();
  const ids = useId();
  const kinds =
    user?.role === 'mentor' ? KINDS_BY_ROLE.mentor : KINDS_BY_ROLE.founder;
  const [profile, setProfile] = useState<EventProfileInput>({
    kind: kinds[0] ?? 'founder',
    organisation: '',
    offer: '',
    lookingFor: '',
    sectors: [],
    stages: [],
    languages: [],
    unavailableRounds: [],
  });
  const change = (patch: Partial<EventProfileInput>) =>
    setProfile((current) => ({ ...current, ...patch }));
  const register = useMutation({
    mutationFn: () => api.registerForEvent(event.id, profile),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
  });

  if (event.status !== 'open') {
    return (
      <section className="card" aria-labelledby={`${ids}title`}>
        <h2 id={`${ids}title`}>{t('register.title')}</h2>
        <p className="muted">{t('register.closed')}</p>
      </section>
    );
  }

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    register.mutate();
  }

  const roundChoices = event.schedule.map((round) => ({
    value: String(round.index),
    label: `${t('page.round', { n: round.index + 1 })} · ${zonedRange(round.start, round.end, viewerZone, locale)}`,
  }));

  return (
    <section className="card" aria-labelledby={`${ids}title`}>
      <h2 id={`${ids}title`}>{t('register.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ChoiceGroup
          legend={t('register.kind')}
          name={`${ids}kind`}
          value={profile.kind}
          choices={kinds.map((kind) => ({
            value: kind,
            label: t(`kinds.${kind}`),
          }))}
          onChange={(kind) => change({ kind })}
        />
        <TextField
          label={t('register.organisation')}
          value={profile.organisation}
          maxLength={200}
          onChange={(e) => change({ organisation: e.target.value })}
        />
        <TextAreaField
          label={t('register.offer')}
          value={profile.offer}
          maxLength={1000}
          rows={3}
          onChange={(e) => change({ offer: e.target.value })}
        />
        <TextAreaField
          label={t('register.lookingFor')}
          value={profile.lookingFor}
          maxLength={1000}
          rows={3}
          onChange={(e) => change({ lookingFor: e.target.value })}
        />
        <CheckboxGroup
          legend={t('register.sectors')}
          name={`${ids}sectors`}
          values={profile.sectors}
          choices={taxonomyChoices('sectors', locale)}
          onChange={(sectors) => change({ sectors })}
        />
        <CheckboxGroup
          legend={t('register.stages')}
          name={`${ids}stages`}
          values={profile.stages}
          choices={taxonomyChoices('stages', locale)}
          onChange={(stages) => change({ stages })}
        />
        <CheckboxGroup
          legend={t('register.languages')}
          name={`${ids}languages`}
          values={profile.languages}
          choices={taxonomyChoices('languages', locale)}
          onChange={(languages) => change({ languages })}
        />
        <CheckboxGroup
          legend={t('register.unavailable')}
          name={`${ids}rounds`}
          values={profile.unavailableRounds.map(String)}
          choices={roundChoices}
          onChange={(rounds) =>
            change({ unavailableRounds: rounds.map(Number) })
          }
        />
        <ApiErrorAlert error={register.error} />
        <SubmitRow
          pending={register.isPending}
          label={t('register.submit')}
          pendingLabel={t('register.submitting')}
        />
      </form>
    </section>
  );
}

/** The viewer's own registration: its status and how many requests are left. */
export function MyRegistration({
  event,
  me,
}: {
  event: EventView;
  me: EventParticipantView;
}) {
  const { t } = useTranslation('events');
  const ids = useId();
  return (
    <section className="card" aria-labelledby={`${ids}mine`}>
      <h2 id={`${ids}mine`}>{t('register.mine')}</h2>
      <p>
        {t(`kinds.${me.kind}`)}
        {me.organisation ? ` · ${me.organisation}` : ''}
      </p>
      <p role="status">
        {t('register.status', {
          status: t(`registrationStatuses.${me.status}`),
        })}
      </p>
      {me.status === 'pending' ? (
        <p className="muted">{t('register.pendingHint')}</p>
      ) : me.status === 'declined' ? (
        <p className="muted">{t('register.declinedHint')}</p>
      ) : (
        <p>
          {t('register.quotaLeft', {
            left: me.requestsLeft,
            quota: event.requestQuota,
          })}
        </p>
      )}
    </section>
  );
}
