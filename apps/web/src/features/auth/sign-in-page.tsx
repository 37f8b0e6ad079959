import type { LoginRequest } from '@torchbridge/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SubmitButton, TextField } from '@torchbridge/ui';
import { useAuth } from '../../lib/auth/auth-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { AuthCard } from './auth-card';
import { checkEmail, checkPassword } from './auth-validation';
import { EmailField } from './email-field';
import { useCheckedForm } from './use-checked-form';

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  const { signIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: (request: LoginRequest) => signIn(request),
  });

  const problems = {
    email: checkEmail(email),
    password: checkPassword(password),
  };
  const { errorFor, check } = useCheckedForm(
    problems,
    ['email', 'password'],
    login.error,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(event.currentTarget)) {
      return;
    }
    // Success flips the session to signed-in; the route guard then moves on to where the visitor was headed.
    login.mutate({ email: email.trim(), password });
  }

  return (
    <AuthCard
      title={t('signIn.title')}
      pageTitle={t('signIn.pageTitle')}
      intro={t('signIn.intro')}
      footer={
        <>
          {t('signIn.noAccount')}{' '}
          <Link to="/register">{t('signIn.registerLink')}</Link>
        </>
      }
    >
      <ApiErrorAlert error={login.error} />
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
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errorFor('password')}
        />
        <SubmitButton
          block
          pending={login.isPending}
          label={t('signIn.submit')}
          pendingLabel={t('signIn.submitting')}
        />
      </form>
    </AuthCard>
  );
}
