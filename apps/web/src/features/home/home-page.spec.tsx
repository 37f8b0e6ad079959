import { ApiError } from '@torchbridge/api-client';
import { act, screen, waitFor, within } from '@testing-library/react';
import { makeStartupDetail } from '../../testing/directory';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

describe('Home page', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-03-29T12:00:00Z'),
      advanceTimers: true,
    });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('greets the person and shows times in their zone, Shanghai and Berlin', async () => {
    const person = makeUser({
      displayName: 'Anna Schmidt',
      role: 'mentor',
      timeZone: 'Europe/Berlin',
      createdAt: '2026-01-15T08:30:00Z',
    });
    renderApp({ api: signedInApi(person), route: '/' });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Welcome, Anna Schmidt',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Signed in as Mentor')).toBeInTheDocument();

    const local = screen.getByRole('region', { name: 'Your local time' });
    expect(within(local).getByText('14:00')).toBeInTheDocument();
    expect(within(local).getByText(/Europe\/Berlin/)).toBeInTheDocument();

    const clocks = screen.getByRole('region', { name: 'China and Europe' });
    expect(
      within(clocks).getByText('Shanghai').parentElement,
    ).toHaveTextContent('20:00');
    expect(within(clocks).getByText('Berlin').parentElement).toHaveTextContent(
      '14:00',
    );
    expect(
      within(clocks).getByText('Shanghai is 6 h ahead of Berlin.'),
    ).toBeInTheDocument();

    // 08:30 UTC in January is 09:30 in Berlin (winter time).
    const account = screen.getByRole('region', { name: 'Your account' });
    expect(
      within(account).getByText('Jan 15, 2026, 09:30'),
    ).toBeInTheDocument();
  });

  it('renders the account creation time in the person’s own zone', async () => {
    const person = makeUser({
      timeZone: 'Asia/Shanghai',
      createdAt: '2026-01-15T20:30:00Z',
    });
    renderApp({ api: signedInApi(person), route: '/' });

    const account = await screen.findByRole('region', { name: 'Your account' });
    expect(
      within(account).getByText('Jan 16, 2026, 04:30'),
    ).toBeInTheDocument();
  });

  it('moves the clocks on when the minute changes', async () => {
    renderApp({
      api: signedInApi(makeUser({ timeZone: 'Europe/Berlin' })),
      route: '/',
    });
    const local = await screen.findByRole('region', {
      name: 'Your local time',
    });
    expect(within(local).getByText('14:00')).toBeInTheDocument();

    await act(async () => {
      jest.advanceTimersByTime(61_000);
    });

    expect(within(local).getByText('14:01')).toBeInTheDocument();
  });

  it('keeps each navigation label unique among the links, so links can be found by name', async () => {
    const labels = {
      founder: [
        'Home',
        'Find a mentor',
        'Mentors',
        'Requests',
        'Mentoring',
        'Messages',
        'Sessions',
        'Events',
        'Science parks',
        'My startup',
        'Settings',
      ],
      mentor: [
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
      ],
      manager: [
        'Home',
        'Mentors',
        'Startups',
        'Vetting',
        'Import',
        'Mentoring',
        'Events',
        'Cohorts',
        'Science parks',
        'Settings',
      ],
      admin: [
        'Home',
        'Mentors',
        'Startups',
        'Vetting',
        'Import',
        'Mentoring',
        'Events',
        'Cohorts',
        'Science parks',
        'Settings',
        'Outbox',
      ],
    } as const;
    for (const role of ['founder', 'mentor', 'manager', 'admin'] as const) {
      const { unmount } = renderApp({
        api: signedInApi(makeUser({ role })),
        route: '/',
      });
      await screen.findByRole('heading', { level: 1 });
      const nav = screen.getByRole('navigation', { name: 'Main' });
      expect(
        within(nav)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(labels[role]);
      for (const label of labels[role]) {
        expect({
          role,
          label,
          links: screen.getAllByRole('link', { name: new RegExp(label, 'i') })
            .length,
        }).toEqual({ role, label, links: 1 });
      }
      unmount();
    }
  });

  it('keeps the Chinese navigation labels unique as well', async () => {
    const labels = {
      founder: [
        '首页',
        '寻找导师',
        '导师名录',
        '请求',
        '辅导关系',
        '消息',
        '科技园区',
        '我的企业',
        '设置',
      ],
      mentor: [
        '首页',
        '创业企业',
        '请求',
        '辅导关系',
        '消息',
        '科技园区',
        '我的资料',
        '设置',
      ],
      manager: [
        '首页',
        '导师名录',
        '创业企业',
        '审核',
        '导入',
        '辅导关系',
        '批量匹配',
        '科技园区',
        '设置',
      ],
    } as const;
    for (const role of ['founder', 'mentor', 'manager'] as const) {
      const { unmount } = renderApp({
        api: signedInApi(makeUser({ role, locale: 'zh-CN' })),
        route: '/',
        locale: 'zh-CN',
      });
      await screen.findByRole('heading', { level: 1 });
      const nav = screen.getByRole('navigation', { name: '主导航' });
      for (const label of labels[role]) {
        expect({
          role,
          label,
          links: within(nav).getAllByRole('link', { name: new RegExp(label) })
            .length,
        }).toEqual({ role, label, links: 1 });
      }
      unmount();
    }
  });

  it('offers only pages that exist, worded for the role', async () => {
    renderApp({ api: signedInApi(makeUser({ role: 'manager' })), route: '/' });

    const steps = await screen.findByRole('region', { name: 'Next steps' });
    const links = within(steps).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/parks',
      '/settings',
    ]);
    expect(links[0]).toHaveTextContent(
      'Review the parks and how many incubators each one has',
    );
  });

  it('puts creating the startup profile first for a founder who has none', async () => {
    const api = signedInApi(makeUser({ role: 'founder' }), {
      myStartup: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'startup.profile_missing',
            message: 'No startup profile yet',
          }),
        ),
      ),
    });
    renderApp({ api, route: '/' });
    const first = await screen.findByRole('region', {
      name: 'First step: create your startup profile',
    });
    expect(
      within(first).getByRole('link', { name: 'Create your startup profile' }),
    ).toHaveAttribute('href', '/me/startup');
    // It comes before the other cards.
    const regions = screen.getAllByRole('region');
    expect(regions[0]).toBe(first);
  });

  it('leaves the first step out once the founder has a startup', async () => {
    const api = signedInApi(makeUser({ role: 'founder' }), {
      myStartup: jest.fn(() => Promise.resolve(makeStartupDetail())),
    });
    renderApp({ api, route: '/' });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(api.myStartup).toHaveBeenCalled());
    expect(
      screen.queryByRole('region', {
        name: 'First step: create your startup profile',
      }),
    ).not.toBeInTheDocument();
  });
});
