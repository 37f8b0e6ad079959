import type { CohortMode, Locale } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  CheckboxField,
  ChoiceGroup,
  SubmitRow,
  TextField,
} from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { COHORT_RUNS_KEY } from './cohort-keys';
import { MentorPicker } from './mentor-picker';
import { StartupPicker } from './startup-picker';

/** Starts a run: a name, the startups and mentors, the mode; opens the run's page with its result. */
export function CohortRunForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation('cohorts');
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [startupIds, setStartupIds] = useState<Set<string>>(new Set());
  const [mentorIds, setMentorIds] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<CohortMode>('optimal');
  const [allowRepeat, setAllowRepeat] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const start = useMutation({
    mutationFn: () =>
      api.createCohortRun({
        name: name.trim(),
        startupIds: [...startupIds],
        mentorIds: [...mentorIds],
        mode,
        allowRepeat,
      }),
    onSuccess: async (run) => {
      queryClient.setQueryData([...COHORT_RUNS_KEY, run.id], run);
      await queryClient.invalidateQueries({
        queryKey: COHORT_RUNS_KEY,
        exact: true,
      });
      void navigate(`/cohorts/${run.id}`);
    },
  });
  const problems = {
    name: name.trim() ? undefined : t('nameRequired'),
    startups: startupIds.size ? undefined : t('pickRequired'),
    mentors: mentorIds.size ? undefined : t('pickRequired'),
  };
  const shown = (problem: string | undefined) =>
    attempted ? problem : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (Object.values(problems).some(Boolean)) {
      return;
    }
    start.mutate();
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextField
        label={t('name')}
        name="name"
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={shown(problems.name)}
      />
      <div className="cohort-pickers">
        <StartupPicker
          locale={locale}
          selected={startupIds}
          onChange={setStartupIds}
          error={shown(problems.startups)}
        />
        <MentorPicker
          locale={locale}
          selected={mentorIds}
          onChange={setMentorIds}
          error={shown(problems.mentors)}
        />
      </div>
      <ChoiceGroup<CohortMode>
        legend={t('mode')}
        name="mode"
        value={mode}
        onChange={setMode}
        choices={[
          { value: 'optimal', label: t('modeOptimal') },
          { value: 'stable', label: t('modeStable') },
        ]}
      />
      <CheckboxField
        label={t('allowRepeat')}
        checked={allowRepeat}
        onChange={(event) => setAllowRepeat(event.target.checked)}
      />
      <ApiErrorAlert error={start.error} />
      <SubmitRow
        pending={start.isPending}
        label={t('start')}
        pendingLabel={t('starting')}
      />
    </form>
  );
}
