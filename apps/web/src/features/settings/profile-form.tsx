import type { UpdateMeRequest, UserView } from '@torchbridge/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusField, SubmitRow, TextField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { deviceTimeZone } from '../../lib/time/format';
import { TimeZoneSelect } from '../../lib/time/time-zone-select';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { checkDisplayName } from '../auth/auth-validation';
import { useValidationMessage } from '../auth/validation-message';

export function ProfileForm({ user }: { user: UserView }) {
  const { t } = useTranslation(['settings', 'common']);
  const validationMessage = useValidationMessage();
  const apiFieldError = useApiFieldError();
  const api = useApi();
  const { updateUser } = useAuth();
  const headingId = useId();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [attempted, setAttempted] = useState(false);
  const save = useMutation({
    mutationFn: (changes: UpdateMeRequest) => api.updateMe(changes),
    onSuccess: updateUser,
  });
  const device = deviceTimeZone();

  const nameProblem = checkDisplayName(displayName);
  const nameError =
    (attempted ? validationMessage(nameProblem) : undefined) ??
    apiFieldError(save.error, 'displayName');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (nameProblem) {
      focusField(event.currentTarget, 'displayName');
      return;
    }
    // Only what changed, so a stale tab cannot overwrite a change made elsewhere to the other field.
    const changes: UpdateMeRequest = {};
    if (displayName.trim() !== user.displayName) {
      changes.displayName = displayName.trim();
    }
    if (timeZone !== user.timeZone) {
      changes.timeZone = timeZone;
    }
    save.mutate(changes);
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.title')}</h2>
      <ApiErrorAlert error={save.error} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextField
          label={t('common:fields.displayName')}
          name="displayName"
          autoComplete="name"
          hint={t('profile.displayNameHint')}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={nameError}
        />
        <TimeZoneSelect
          name="timeZone"
          value={timeZone}
          onChange={setTimeZone}
          hint={t('profile.timeZoneHint')}
          error={apiFieldError(save.error, 'timeZone')}
        />
        {device !== timeZone && (
          <p>
            <button
              type="button"
              className="button button-link"
              onClick={() => setTimeZone(device)}
            >
              {t('profile.useDeviceZone', { zone: device })}
            </button>
          </p>
        )}
        <SubmitRow
          pending={save.isPending}
          label={t('profile.save')}
          pendingLabel={t('profile.saving')}
          done={save.isSuccess ? t('profile.saved') : undefined}
        />
      </form>
    </section>
  );
}
