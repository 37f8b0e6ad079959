import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import {
  authFor,
  makeUser,
  mockApi,
  renderApp,
} from '../../testing/render-app';

describe('Sign-in page', () => {
  it('validates on submit, ties each message to its input and does not call the API', async () => {
    const { user, api } = renderApp({ route: '/sign-in' });
    const email = await screen.findByLabelText('Email');
    const password = screen.getByLabelText('Password');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(email).toHaveFocus();
    expect(api.login).not.toHaveBeenCalled();

    await user.type(email, 'li.wei@example');
    await user.type(password, 'short');
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, like name@example.com.',
    );
    expect(password).toHaveAccessibleDescription(
      'Password must be at least 10 characters.',
    );

    await user.type(email, '.cn');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(email).not.toHaveAccessibleDescription();
    expect(api.login).not.toHaveBeenCalled();
  });

  it('shows a rejected sign-in in an alert', async () => {
    const api = mockApi({
      login: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 401,
            error: 'Unauthorized',
            code: 'auth.bad_credentials',
            message: 'email or password is incorrect',
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/sign-in' });

    await user.type(await screen.findByLabelText('Email'), 'li.wei@example.cn');
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Email or password is incorrect.',
    );
    expect(api.login).toHaveBeenCalledWith({
      email: 'li.wei@example.cn',
      password: 'not the password',
    });
  });

  it('names the field when the server reports field details', async () => {
    const api = mockApi({
      login: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            error: 'Bad Request',
            code: 'validation.failed',
            message: 'email must be a valid email address',
            details: [
              {
                field: 'email',
                messages: ['email must be a valid email address'],
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/sign-in' });

    await user.type(await screen.findByLabelText('Email'), 'li.wei@example.cn');
    await user.type(screen.getByLabelText('Password'), 'long enough password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please check these fields:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Email: email must be a valid email address',
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'email must be a valid email address',
    );
  });

  it('signs in and lands on the home page greeting the person by name', async () => {
    const person = makeUser({
      displayName: 'Anna Schmidt',
      role: 'mentor',
      timeZone: 'Europe/Berlin',
    });
    const api = mockApi({
      login: jest.fn(() => Promise.resolve(authFor(person))),
    });
    const { user } = renderApp({ api, route: '/sign-in' });

    await user.type(
      await screen.findByLabelText('Email'),
      '  anna@example.de ',
    );
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: /Anna Schmidt/ }),
    ).toBeInTheDocument();
    expect(api.login).toHaveBeenCalledWith({
      email: 'anna@example.de',
      password: 'correct horse battery',
    });
    expect(screen.getByText('Signed in as Mentor')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Startups',
      'Requests',
      'Mentoring',
      'Messages',
      'Sessions',
      'Events',
      'Availability',
      'Science parks',
      'My profile',
      'Settings',
    ]);
    expect(
      screen.getByRole('button', { name: 'Sign out' }),
    ).toBeInTheDocument();
  });

  it('links to registration and back', async () => {
    const { user } = renderApp({ route: '/sign-in' });

    await user.click(
      await screen.findByRole('link', { name: 'Create an account' }),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Create your account' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sign in to Torchbridge' }),
    ).toBeInTheDocument();
  });
});
