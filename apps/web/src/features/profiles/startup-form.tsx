import type { ParkListItem } from '@torchbridge/api-client';
import type { IncubatorView, StartupDetail } from '@torchbridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BilingualTextField,
  CheckboxField,
  CheckboxGroup,
  ChoiceGroup,
  SelectField,
  SubmitRow,
  TextAreaField,
  TextField,
} from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { taxonomyChoices } from '../../lib/taxonomy/taxonomy-labels';
import { TimeZoneSelect } from '../../lib/time/time-zone-select';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { IncubatorSelect } from './incubator-select';
import { startupInputFrom, type StartupFormState } from './startup-form-state';
import { useFormSave } from './use-form-save';

export const MY_STARTUP_QUERY_KEY = ['me', 'startup'] as const;

const FIELD_ORDER = [
  'nameEn',
  'nameZh',
  'incubatorId',
  'parkId',
  'sectors',
  'stage',
  'foundedYear',
  'teamSize',
  'languages',
  'needs',
  'targetMarkets',
  'marketDirection',
  'timeZone',
  'pitchEn',
  'pitchZh',
  'highTechEnterprise',
] as const;

export function StartupForm({
  initial,
  parks,
  incubators,
}: {
  initial: StartupFormState;
  parks: readonly ParkListItem[];
  incubators: readonly IncubatorView[];
}) {
  const { t, i18n } = useTranslation('profiles');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState(initial);
  const {
    formRef,
    mutation: save,
    fieldError,
  } = useFormSave({
    mutationFn: () => {
      const parkId = incubators.find((i) => i.id === state.incubatorId)?.parkId;
      return api.saveStartup(startupInputFrom(state, parkId));
    },
    onSuccess: (saved: StartupDetail) => {
      queryClient.setQueryData(MY_STARTUP_QUERY_KEY, saved);
      void queryClient.invalidateQueries({ queryKey: ['startups'] });
    },
    fieldOrder: FIELD_ORDER,
  });
  const set = <K extends keyof StartupFormState>(
    key: K,
    value: StartupFormState[K],
  ) => setState((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit}>
      <ApiErrorAlert error={save.error} />
      <BilingualTextField
        en={{
          label: t('startup.nameEn'),
          name: 'nameEn',
          value: state.nameEn,
          onChange: (event) => set('nameEn', event.target.value),
          error: fieldError('nameEn'),
        }}
        zh={{
          label: t('startup.nameZh'),
          name: 'nameZh',
          value: state.nameZh,
          onChange: (event) => set('nameZh', event.target.value),
          error: fieldError('nameZh'),
        }}
      />
      <IncubatorSelect
        parks={parks}
        incubators={incubators}
        value={state.incubatorId}
        locale={locale}
        error={fieldError('incubatorId') ?? fieldError('parkId')}
        onChange={(id) => set('incubatorId', id)}
      />
      <CheckboxGroup
        legend={t('startup.sectors')}
        hint={t('startup.sectorsHint')}
        name="sectors"
        values={state.sectors}
        choices={taxonomyChoices('sectors', locale)}
        onChange={(values) => set('sectors', values)}
        error={fieldError('sectors')}
      />
      <div className="form-row form-row-3">
        <SelectField
          label={t('startup.stage')}
          name="stage"
          value={state.stage}
          onChange={(event) => {
            const stage = taxonomyChoices('stages', locale).find(
              (choice) => choice.value === event.target.value,
            );
            if (stage) {
              set('stage', stage.value);
            }
          }}
          error={fieldError('stage')}
        >
          {taxonomyChoices('stages', locale).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('startup.foundedYear')}
          name="foundedYear"
          type="number"
          inputMode="numeric"
          min={1950}
          max={2100}
          value={state.foundedYear}
          onChange={(event) => set('foundedYear', event.target.value)}
          error={fieldError('foundedYear')}
        />
        <TextField
          label={t('startup.teamSize')}
          name="teamSize"
          type="number"
          inputMode="numeric"
          min={1}
          value={state.teamSize}
          onChange={(event) => set('teamSize', event.target.value)}
          error={fieldError('teamSize')}
        />
      </div>
      <CheckboxGroup
        legend={t('startup.languages')}
        name="languages"
        values={state.languages}
        choices={taxonomyChoices('languages', locale)}
        onChange={(values) => set('languages', values)}
        error={fieldError('languages')}
      />
      <CheckboxGroup
        legend={t('startup.needs')}
        hint={t('startup.needsHint')}
        name="needs"
        values={state.needs}
        choices={taxonomyChoices('topics', locale)}
        onChange={(values) => set('needs', values)}
        error={fieldError('needs')}
      />
      <ChoiceGroup
        legend={t('startup.marketDirection')}
        name="marketDirection"
        value={state.marketDirection}
        choices={taxonomyChoices('marketDirections', locale)}
        onChange={(value) => set('marketDirection', value)}
        error={fieldError('marketDirection')}
      />
      <TextField
        label={t('startup.targetMarkets')}
        hint={t('startup.targetMarketsHint')}
        name="targetMarkets"
        autoCapitalize="characters"
        value={state.targetMarkets}
        onChange={(event) => set('targetMarkets', event.target.value)}
        error={fieldError('targetMarkets')}
      />
      <TimeZoneSelect
        name="timeZone"
        value={state.timeZone}
        onChange={(zone) => set('timeZone', zone)}
        error={fieldError('timeZone')}
      />
      <TextAreaField
        label={t('startup.pitchEn')}
        hint={t('form.otherLanguageHint')}
        name="pitchEn"
        lang="en"
        rows={4}
        maxLength={2000}
        value={state.pitchEn}
        onChange={(event) => set('pitchEn', event.target.value)}
        error={fieldError('pitchEn')}
      />
      <TextAreaField
        label={t('startup.pitchZh')}
        name="pitchZh"
        lang="zh-CN"
        rows={4}
        maxLength={2000}
        value={state.pitchZh}
        onChange={(event) => set('pitchZh', event.target.value)}
        error={fieldError('pitchZh')}
      />
      <CheckboxField
        label={t('startup.highTech')}
        name="highTechEnterprise"
        checked={state.highTechEnterprise}
        onChange={(event) => set('highTechEnterprise', event.target.checked)}
        error={fieldError('highTechEnterprise')}
      />
      <SubmitRow
        pending={save.isPending}
        label={t('form.save')}
        pendingLabel={t('form.saving')}
        done={save.isSuccess ? t('form.saved') : undefined}
      />
    </form>
  );
}
