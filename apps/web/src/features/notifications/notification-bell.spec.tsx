import { act, screen, within } from '@testing-library/react';
import type { NotificationView } from '@torchbridge/contracts';
import { FakeChat } from '../../testing/fake-chat';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const founder = makeUser({ displayName: 'Li Wei', timeZone: 'Asia/Shanghai' });

function note(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: '4c1f4a52-0000-4000-8000-000000000001',
    kind: 'request.accepted',
    payload: {
      requestId: 'r1',
      mentorshipId: 'm-42',
      mentorName: 'Anna Schmidt',
      startupNameEn: 'Lumen Photonics',
      startupNameZh: '流明光子',
    },
    createdAt: '2026-03-29T12:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

describe('Notification bell', () => {
  it('shows the unread count, lists what happened in words, links to it, and marks everything read', async () => {
    const api = signedInApi(founder, {
      listMentorships: () => Promise.resolve([]),
      listRequests: () => Promise.resolve([]),
      unreadNotifications: jest.fn(() => Promise.resolve({ unread: 2 })),
      notifications: jest.fn(() =>
        Promise.resolve([
          note(),
          note({
            id: '4c1f4a52-0000-4000-8000-000000000002',
            kind: 'request.declined',
            payload: {
              mentorName: 'Jonas Weber',
              reason: 'My places are taken this spring.',
            },
          }),
        ]),
      ),
      markAllNotificationsRead: jest.fn(() => Promise.resolve({ unread: 0 })),
    });
    const { user } = renderApp({ api, route: '/settings' });

    // The settings page behind the bell is a heavy first render on a busy machine.
    const bell = await screen.findByRole(
      'button',
      { name: 'Notifications (2 unread)' },
      { timeout: 5000 },
    );
    await user.click(bell);
    const panel = await screen.findByRole('region', { name: 'Notifications' });
    const accepted = await within(panel).findByRole('link', {
      name: /Anna Schmidt accepted your request/,
    });
    expect(accepted).toHaveAttribute('href', '/mentorships/m-42');
    expect(
      within(panel).getByRole('link', {
        name: /Jonas Weber declined your request: “My places are taken this spring.”/,
      }),
    ).toHaveAttribute('href', '/requests');
    // Times read in the founder's own zone: 12:00 UTC is 20:00 in Shanghai.
    expect(within(accepted).getByText(/20:00/)).toBeInTheDocument();

    await user.click(
      within(panel).getByRole('button', { name: 'Mark all read' }),
    );
    expect(api.markAllNotificationsRead).toHaveBeenCalled();
    expect(
      await screen.findByRole('button', { name: 'Notifications' }),
    ).toBeInTheDocument();
  });

  it('updates live when the server pushes a notification, in the reader’s language', async () => {
    const chat = new FakeChat();
    const api = signedInApi(makeUser({ locale: 'zh-CN' }), {
      listMentorships: () => Promise.resolve([]),
      listRequests: () => Promise.resolve([]),
      unreadNotifications: () => Promise.resolve({ unread: 0 }),
      notifications: () => Promise.resolve([]),
    });
    const { user } = renderApp({
      api,
      route: '/settings',
      locale: 'zh-CN',
      chat,
    });

    await user.click(await screen.findByRole('button', { name: '通知' }));
    await screen.findByText(
      '暂无新通知。请求、答复、里程碑和会谈会显示在这里。',
    );
    act(() => {
      chat.options?.onNotification?.({
        notification: note({
          kind: 'request.received',
          payload: {
            founderName: '王芳',
            startupNameEn: 'Lumen Photonics',
            startupNameZh: '流明光子',
          },
        }),
        unread: 1,
      });
    });
    expect(
      await screen.findByRole('link', {
        name: /流明光子 的 王芳 希望你担任导师。/,
      }),
    ).toHaveAttribute('href', '/requests');
    expect(
      screen.getByRole('button', { name: '通知（1 条未读）' }),
    ).toBeInTheDocument();
  });
  it('says what happened to a session, on the reader’s clock, and links to it', async () => {
    const api = signedInApi(
      makeUser({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' }),
      {
        listMentorships: () => Promise.resolve([]),
        listRequests: () => Promise.resolve([]),
        unreadNotifications: () => Promise.resolve({ unread: 2 }),
        notifications: () =>
          Promise.resolve([
            note({
              kind: 'booking.rescheduled',
              payload: {
                bookingId: 'b-7',
                mentorName: 'Anna Schmidt',
                start: '2026-04-08T07:00:00.000Z',
                previousStart: '2026-04-07T07:00:00.000Z',
                reason: 'Trade fair in Hanover',
              },
            }),
            note({
              id: '4c1f4a52-0000-4000-8000-000000000003',
              kind: 'booking.cancelled',
              payload: { bookingId: 'b-8', start: '2026-04-09T07:00:00.000Z' },
            }),
          ]),
      },
    );
    const { user } = renderApp({ api, route: '/settings', locale: 'zh-CN' });

    await user.click(
      await screen.findByRole(
        'button',
        { name: '通知（2 条未读）' },
        { timeout: 5000 },
      ),
    );
    const panel = await screen.findByRole('region', { name: '通知' });
    // 07:00 UTC is 15:00 in Shanghai.
    expect(
      await within(panel).findByRole('link', {
        name: /一场会谈已从 2026年4月7日 15:00 改到 2026年4月8日 15:00：“Trade fair in Hanover”/,
      }),
    ).toHaveAttribute('href', '/sessions/b-7');
    expect(
      within(panel).getByRole('link', {
        name: /2026年4月9日 15:00 的会谈已取消。/,
      }),
    ).toHaveAttribute('href', '/sessions/b-8');
  });

  it('names the event in the reader’s language and links to it', async () => {
    const api = signedInApi(
      makeUser({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' }),
      {
        listMentorships: () => Promise.resolve([]),
        listRequests: () => Promise.resolve([]),
        unreadNotifications: () => Promise.resolve({ unread: 1 }),
        notifications: () =>
          Promise.resolve([
            note({
              kind: 'event.request_received',
              payload: {
                eventId: 'e-3',
                eventTitleEn: 'China–EU Innovation Day',
                eventTitleZh: '中欧创新日',
                personName: 'Anna Schmidt',
              },
            }),
          ]),
      },
    );
    const { user } = renderApp({ api, route: '/settings', locale: 'zh-CN' });

    await user.click(
      await screen.findByRole(
        'button',
        { name: '通知（1 条未读）' },
        { timeout: 5000 },
      ),
    );
    const panel = await screen.findByRole('region', { name: '通知' });
    expect(
      await within(panel).findByRole('link', {
        name: /Anna Schmidt 在“中欧创新日”中向你发起了约见。/,
      }),
    ).toHaveAttribute('href', '/events/e-3');
  });
});
