import {
  PASSWORD_MIN_LENGTH,
  SELF_REGISTER_ROLES,
  type RegisterRequest,
  type SelfRegisterRole,
} from '@torchbridge/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ChoiceGroup, SubmitButton, TextField } from '@torchbridge/ui';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone } from '../../lib/time/format';
import { TimeZoneSelect } from '../../lib/time/time-zone-select';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { AuthCard } from './auth-card';
import { checkDisplayName, checkEmail, checkPassword } from './auth-validation';
import { EmailField } from './email-field';
import { useCheckedForm } from './use-checked-form';

const FIELD_ORDER = ['email', 'password', 'displayName'] as const;

export function RegisterPage() {
  const { t, i18n } = useTranslation(['auth', 'common']);
  const apiFieldError = useApiFieldError();
  const { register } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<SelfRegisterRole>('founder');
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const create = useMutation({
    mutationFn: (request: RegisterRequest) => register(request),
  });

  const problems = {
    email: checkEmail(email),
    password: checkPassword(password),
    displayName: checkDisplayName(displayName),
  };
  const { errorFor, check } = useCheckedForm(
    problems,
    FIELD_ORDER,
    create.error,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(event.currentTarget)) {
      return;
    }
    // The account starts in the language the page is shown in, so the person never has to pick it twice.
    create.mutate({
      email: email.trim(),
      password,
      displayName: displayName.trim(),
      role,
      timeZone,
      locale: currentLocale(i18n),
    });
  }

  return (
    <AuthCard
      title={t('register.title')}
      pageTitle={t('register.title')}
      intro={t('register.intro')}
      footer={
        <>
          {t('register.haveAccount')}{' '}
          <Link to="/sign-in">{t('register.signInLink')}</Link>
        </>
      }
    >
      <ApiErrorAlert
        error={create.error}
        codeMessages={{ 'field.taken': t('register.emailTaken') }}
      />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <EmailField
          value={email}
          onChange={setEmail}
          error={errorFor('email')}
        />
        <TextField
          label={t('common:fields.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errorFor('password')}
        />
        <TextField
          label={t('common:fields.displayName')}
          name="displayName"
          autoComplete="name"
          hint={t('register.displayNameHint')}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={errorFor('displayName')}
        />
        <ChoiceGroup
          legend={t('common:fields.role')}
          name="role"
          value={role}
          choices={SELF_REGISTER_ROLES.map((value) => ({
            value,
            label: t(`common:roles.${value}`),
          }))}
          onChange={(value: SelfRegisterRole) => setRole(value)}
          error={apiFieldError(create.error, 'role')}
        />
        <TimeZoneSelect
          name="timeZone"
          value={timeZone}
          onChange={setTimeZone}
          hint={t('register.timeZoneHint')}
          error={apiFieldError(create.error, 'timeZone')}
        />
        <SubmitButton
          block
          pending={create.isPending}
          label={t('register.submit')}
          pendingLabel={t('register.submitting')}
        />
      </form>
    </AuthCard>
  );
}
