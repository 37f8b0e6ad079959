import type { MentorDetail } from '@torchbridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BilingualTextField,
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
import { mentorInputFrom, type MentorFormState } from './mentor-form-state';
import { useFormSave } from './use-form-save';

export const MY_MENTOR_PROFILE_QUERY_KEY = ['me', 'mentor-profile'] as const;

const FIELD_ORDER = [
  'category',
  'headlineEn',
  'headlineZh',
  'bioEn',
  'bioZh',
  'sectors',
  'stages',
  'topics',
  'languages',
  'timeZone',
  'country',
  'city',
  'capacity',
  'status',
  'pausedUntil',
  'conflicts',
  'phone',
] as const;

export function MentorProfileForm({ initial }: { initial: MentorFormState }) {
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
    mutationFn: () => api.saveMentorProfile(mentorInputFrom(state)),
    onSuccess: (saved: MentorDetail) => {
      queryClient.setQueryData(MY_MENTOR_PROFILE_QUERY_KEY, saved);
      void queryClient.invalidateQueries({ queryKey: ['mentors'] });
    },
    fieldOrder: FIELD_ORDER,
  });
  const set = <K extends keyof MentorFormState>(
    key: K,
    value: MentorFormState[K],
  ) => setState((current) => ({ ...current, [key]: value }));
  const categories = taxonomyChoices('mentorCategories', locale);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit}>
      <ApiErrorAlert error={save.error} />
      <SelectField
        label={t('mentor.category')}
        name="category"
        value={state.category}
        onChange={(event) =>
          set(
            'category',
            categories.find((c) => c.value === event.target.value)?.value ?? '',
          )
        }
        error={fieldError('category')}
      >
        <option value="">{t('mentor.chooseCategory')}</option>
        {categories.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <BilingualTextField
        en={{
          label: t('mentor.headlineEn'),
          name: 'headlineEn',
          maxLength: 160,
          value: state.headlineEn,
          onChange: (event) => set('headlineEn', event.target.value),
          error: fieldError('headlineEn'),
        }}
        zh={{
          label: t('mentor.headlineZh'),
          name: 'headlineZh',
          maxLength: 160,
          value: state.headlineZh,
          onChange: (event) => set('headlineZh', event.target.value),
          error: fieldError('headlineZh'),
        }}
      />
      <TextAreaField
        label={t('mentor.bioEn')}
        hint={t('form.otherLanguageHint')}
        name="bioEn"
        lang="en"
        rows={5}
        maxLength={4000}
        value={state.bioEn}
        onChange={(event) => set('bioEn', event.target.value)}
        error={fieldError('bioEn')}
      />
      <TextAreaField
        label={t('mentor.bioZh')}
        name="bioZh"
        lang="zh-CN"
        rows={5}
        maxLength={4000}
        value={state.bioZh}
        onChange={(event) => set('bioZh', event.target.value)}
        error={fieldError('bioZh')}
      />
      <CheckboxGroup
        legend={t('mentor.sectors')}
        hint={t('mentor.sectorsHint')}
        name="sectors"
        values={state.sectors}
        choices={taxonomyChoices('sectors', locale)}
        onChange={(values) => set('sectors', values)}
        error={fieldError('sectors')}
      />
      <CheckboxGroup
        legend={t('mentor.stages')}
        hint={t('form.listHint')}
        name="stages"
        values={state.stages}
        choices={taxonomyChoices('stages', locale)}
        onChange={(values) => set('stages', values)}
        error={fieldError('stages')}
      />
      <CheckboxGroup
        legend={t('mentor.topics')}
        hint={t('mentor.topicsHint')}
        name="topics"
        values={state.topics}
        choices={taxonomyChoices('topics', locale)}
        onChange={(values) => set('topics', values)}
        error={fieldError('topics')}
      />
      <CheckboxGroup
        legend={t('mentor.languages')}
        hint={t('form.listHint')}
        name="languages"
        values={state.languages}
        choices={taxonomyChoices('languages', locale)}
        onChange={(values) => set('languages', values)}
        error={fieldError('languages')}
      />
      <TimeZoneSelect
        name="timeZone"
        value={state.timeZone}
        onChange={(zone) => set('timeZone', zone)}
        error={fieldError('timeZone')}
      />
      <div className="form-row form-row-3">
        <TextField
          label={t('mentor.country')}
          hint={t('mentor.countryHint')}
          name="country"
          maxLength={2}
          autoCapitalize="characters"
          autoComplete="country"
          value={state.country}
          onChange={(event) => set('country', event.target.value)}
          error={fieldError('country')}
        />
        <TextField
          label={t('mentor.city')}
          name="city"
          autoComplete="address-level2"
          value={state.city}
          onChange={(event) => set('city', event.target.value)}
          error={fieldError('city')}
        />
        <TextField
          label={t('mentor.capacity')}
          hint={t('mentor.capacityHint')}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          value={state.capacity}
          onChange={(event) => set('capacity', event.target.value)}
          error={fieldError('capacity')}
        />
      </div>
      <ChoiceGroup
        legend={t('mentor.status')}
        name="status"
        value={state.status}
        choices={[
          { value: 'open', label: t('mentor.open') },
          { value: 'paused', label: t('mentor.paused') },
        ]}
        onChange={(value) => set('status', value)}
        error={fieldError('status')}
      />
      {state.status === 'paused' && (
        <TextField
          label={t('mentor.pausedUntil')}
          name="pausedUntil"
          type="date"
          value={state.pausedUntil}
          onChange={(event) => set('pausedUntil', event.target.value)}
          error={fieldError('pausedUntil')}
        />
      )}
      <TextAreaField
        label={t('mentor.conflicts')}
        hint={t('mentor.conflictsHint')}
        name="conflicts"
        rows={3}
        value={state.conflicts}
        onChange={(event) => set('conflicts', event.target.value)}
        error={fieldError('conflicts')}
      />
      <TextField
        label={t('mentor.phone')}
        hint={t('mentor.phoneHint')}
        name="phone"
        type="tel"
        autoComplete="tel"
        value={state.phone}
        onChange={(event) => set('phone', event.target.value)}
        error={fieldError('phone')}
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
