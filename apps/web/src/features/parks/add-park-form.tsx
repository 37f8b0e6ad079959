import {
  REGIONS,
  pickLabel,
  type CreateParkInput,
  type RegionCode,
} from '@torchbridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BilingualTextField,
  SelectField,
  SubmitRow,
  TextField,
} from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useFormSave } from '../profiles/use-form-save';

const EMPTY = {
  nameEn: '',
  nameZh: '',
  city: '',
  country: '',
  region: 'international' as RegionCode,
  website: '',
};

const FIELD_ORDER = [
  'nameEn',
  'nameZh',
  'city',
  'country',
  'region',
  'website',
];

/** Only what was filled in: optional fields are left out rather than sent empty. */
function toInput(state: typeof EMPTY): CreateParkInput {
  return {
    nameEn: state.nameEn.trim(),
    city: state.city.trim(),
    country: state.country.trim().toUpperCase(),
    region: state.region,
    ...(state.nameZh.trim() ? { nameZh: state.nameZh.trim() } : {}),
    ...(state.website.trim() ? { website: state.website.trim() } : {}),
  };
}

/** Managers add a national high-tech zone or a hub outside China; the list refreshes on success. */
export function AddParkForm({ queryKey }: { queryKey: readonly unknown[] }) {
  const { t, i18n } = useTranslation('parks');
  const locale = currentLocale(i18n);
  const api = useApi();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [state, setState] = useState(EMPTY);
  const {
    formRef,
    mutation: create,
    fieldError,
  } = useFormSave({
    mutationFn: (input: CreateParkInput) => api.createPark(input),
    onSuccess: async () => {
      setState(EMPTY);
      await queryClient.invalidateQueries({ queryKey });
    },
    fieldOrder: FIELD_ORDER,
  });
  const set = (key: keyof typeof EMPTY, value: string) =>
    setState((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toInput(state));
  }

  return (
    <section className="card add-park" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('add.title')}</h2>
      <p className="muted">{t('add.intro')}</p>
      <ApiErrorAlert error={create.error} />
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <BilingualTextField
          en={{
            label: t('add.nameEn'),
            name: 'nameEn',
            autoFocus: true,
            value: state.nameEn,
            onChange: (event) => set('nameEn', event.target.value),
            error: fieldError('nameEn'),
          }}
          zh={{
            label: t('add.nameZh'),
            hint: t('add.nameZhHint'),
            name: 'nameZh',
            value: state.nameZh,
            onChange: (event) => set('nameZh', event.target.value),
            error: fieldError('nameZh'),
          }}
        />
        <div className="form-row form-row-3">
          <TextField
            label={t('add.city')}
            name="city"
            value={state.city}
            onChange={(event) => set('city', event.target.value)}
            error={fieldError('city')}
          />
          <TextField
            label={t('add.country')}
            hint={t('add.countryHint')}
            name="country"
            maxLength={2}
            autoCapitalize="characters"
            value={state.country}
            onChange={(event) => set('country', event.target.value)}
            error={fieldError('country')}
          />
          <SelectField
            label={t('add.region')}
            name="region"
            value={state.region}
            onChange={(event) => set('region', event.target.value)}
            error={fieldError('region')}
          >
            {REGIONS.map((region) => (
              <option key={region.code} value={region.code}>
                {pickLabel(region.label, locale)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label={t('add.website')}
          hint={t('add.websiteHint')}
          name="website"
          type="url"
          inputMode="url"
          value={state.website}
          onChange={(event) => set('website', event.target.value)}
          error={fieldError('website')}
        />
        <SubmitRow
          pending={create.isPending}
          label={t('add.submit')}
          pendingLabel={t('add.submitting')}
          done={
            create.isSuccess
              ? t('add.added', { name: create.data.nameEn })
              : undefined
          }
        />
      </form>
    </section>
  );
}
