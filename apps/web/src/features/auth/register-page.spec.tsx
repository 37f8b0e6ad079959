import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import {
  authFor,
  makeUser,
  mockApi,
  renderApp,
} from '../../testing/render-app';
import { pickOption } from '../../testing/form-input';

describe('Register page', () => {
  it('defaults the time zone to the device’s and validates before sending', async () => {
    const { user, api } = renderApp({ route: '/register' });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

    expect(
      await screen.findByRole('combobox', { name: 'Time zone' }),
    ).toHaveValue(zone);
    expect(
      screen.getByRole('radiogroup', { name: 'I am a' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Founder' })).toBeChecked();

    await user.type(screen.getByLabelText('Email'), 'anna@example.de');
    await user.type(screen.getByLabelText('Password'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. A few uncommon words work well; not your email or name. Password must be at least 10 characters.',
    );
    expect(screen.getByLabelText('Display name')).toHaveAccessibleDescription(
      'Shown to founders, mentors and managers. You can use Chinese characters. Enter the name other people will see.',
    );
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(api.register).not.toHaveBeenCalled();
  });

  it('creates the account with the chosen role, zone and current language', async () => {
    const person = makeUser({
      displayName: 'Anna Schmidt',
      role: 'mentor',
      timeZone: 'Europe/Berlin',
    });
    const api = mockApi({
      register: jest.fn(() => Promise.resolve(authFor(person))),
    });
    const { user } = renderApp({ api, route: '/register' });

    await user.type(await screen.findByLabelText('Email'), 'anna@example.de');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.type(screen.getByLabelText('Display name'), 'Anna Schmidt');
    await user.click(screen.getByRole('radio', { name: 'Mentor' }));
    await pickOption(user, 'Time zone', 'Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Welcome, Anna Schmidt',
      }),
    ).toBeInTheDocument();
    expect(api.register).toHaveBeenCalledWith({
      email: 'anna@example.de',
      password: 'correct horse battery',
      displayName: 'Anna Schmidt',
      role: 'mentor',
      timeZone: 'Europe/Berlin',
      locale: 'en',
    });
  });

  it('explains a taken email in an alert and next to the field', async () => {
    const api = mockApi({
      register: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 409,
            error: 'Conflict',
            code: 'field.taken',
            params: { field: 'email' },
            message: 'email is already registered',
            details: [
              {
                field: 'email',
                messages: ['email is already registered'],
                code: 'field.taken',
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/register' });

    await user.type(await screen.findByLabelText('Email'), 'anna@example.de');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.type(screen.getByLabelText('Display name'), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An account with this email already exists. Sign in instead.',
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Email is already in use.',
    );
  });

  it('shows why the server refused a weak password under the password field', async () => {
    const api = mockApi({
      register: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            error: 'Bad Request',
            code: 'password.personal',
            params: { field: 'password' },
            message:
              'password must not be built on your email, your name or the name of this site',
            details: [
              {
                field: 'password',
                messages: [
                  'password must not be built on your email, your name or the name of this site',
                ],
                code: 'password.personal',
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/register' });

    await user.type(await screen.findByLabelText('Email'), 'anna@example.de');
    await user.type(screen.getByLabelText('Password'), 'anna-schmidt-1988');
    await user.type(screen.getByLabelText('Display name'), 'Anna Schmidt');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please check these fields:',
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. A few uncommon words work well; not your email or name. Do not use your email, your name or “Torchbridge” in your password.',
    );
  });

  it('is fully translated into Chinese', async () => {
    renderApp({ route: '/register', locale: 'zh-CN' });

    expect(
      await screen.findByRole('heading', { level: 1, name: '创建你的账户' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    expect(document.title).toBe('创建你的账户 · 火炬桥');
    expect(screen.getByLabelText('邮箱')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
    expect(screen.getByLabelText('显示名称')).toBeInTheDocument();
    const roles = screen.getByRole('radiogroup', { name: '我是' });
    expect(
      within(roles).getByRole('radio', { name: '创业者' }),
    ).toBeInTheDocument();
    expect(
      within(roles).getByRole('radio', { name: '导师' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '时区' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '创建账户' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '登录' })).toBeInTheDocument();
  });
});
