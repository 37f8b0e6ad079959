import { act, screen, waitFor } from '@testing-library/react';
import { refreshDelay } from '../lib/auth/use-refresh-timer';
import {
  authFor,
  makeUser,
  mockApi,
  renderApp,
  signedInApi,
} from '../testing/render-app';

describe('Session', () => {
  it('restores the session on start-up so a reload keeps the person signed in', async () => {
    const api = signedInApi(makeUser({ displayName: 'Li Wei' }));
    renderApp({ api, route: '/settings' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Settings' }),
    ).toBeInTheDocument();
    expect(api.refresh).toHaveBeenCalledTimes(1);
  });

  it('sends signed-out visitors to sign-in, then back to the page they asked for', async () => {
    const api = mockApi({
      login: jest.fn(() => Promise.resolve(authFor(makeUser()))),
      parks: jest.fn(() => Promise.resolve([])),
    });
    const { user } = renderApp({ api, route: '/parks' });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to Torchbridge',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), 'li.wei@example.cn');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Science parks' }),
    ).toBeInTheDocument();
  });

  it('signs out from the header', async () => {
    const api = signedInApi(makeUser());
    const { user, session } = renderApp({ api, route: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Li Wei' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sign in to Torchbridge',
      }),
    ).toBeInTheDocument();
    expect(api.logout).toHaveBeenCalledTimes(1);
    expect(session.getAccessToken()).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Sign out' }),
    ).not.toBeInTheDocument();
  });

  it('refreshes the access token shortly before it expires', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const person = makeUser();
      const api = signedInApi(person);
      api.refresh
        .mockResolvedValueOnce({
          accessToken: 'first',
          expiresIn: 900,
          user: person,
        })
        .mockResolvedValueOnce({
          accessToken: 'second',
          expiresIn: 900,
          user: person,
        });
      const { session } = renderApp({ api, route: '/' });
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Li Wei' });
      expect(session.getAccessToken()).toBe('first');

      await act(async () => {
        jest.advanceTimersByTime(900_000 - 61_000);
      });
      expect(api.refresh).toHaveBeenCalledTimes(1);

      await act(async () => {
        jest.advanceTimersByTime(2_000);
      });
      await waitFor(() => expect(session.getAccessToken()).toBe('second'));
      expect(api.refresh).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('refreshDelay', () => {
  it('refreshes a minute early for normal tokens and at 80 % of the lifetime for short ones', () => {
    expect(refreshDelay(0, 900_000, 0)).toBe(840_000);
    expect(refreshDelay(0, 100_000, 0)).toBe(80_000);
    expect(refreshDelay(0, 900_000, 899_000)).toBe(1_000);
  });
});
