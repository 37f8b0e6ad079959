import { screen, within } from '@testing-library/react';
import type { OutboxMailView } from '@torchbridge/contracts';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const MAIL: OutboxMailView = {
  id: '0a0a0a0a-0000-4000-8000-000000000001',
  to: 'anna.schmidt@example.de',
  subject: 'Session requested: Li Wei, Tue 7 Apr 09:00',
  text: 'Li Wei asked for a session on Tuesday 7 April, 09:00–09:30 (Europe/Berlin).\nConfirm it in Torchbridge.',
  attachments: ['invite.ics'],
  createdAt: '2026-04-06T06:00:00.000Z',
};

describe('Dev outbox', () => {
  it('appears in the navigation once it holds mail and lets anyone read a mail and fetch its attachment', async () => {
    const outboxAttachment = jest.fn(() =>
      Promise.reject(new Error('offline')),
    );
    const api = signedInApi(makeUser(), {
      outbox: jest.fn(() => Promise.resolve([MAIL])),
      outboxAttachment,
    });
    const { user } = renderApp({ api, route: '/' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(await within(nav).findByRole('link', { name: 'Outbox' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Outbox' }),
    ).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /anna\.schmidt@example\.de/ });
    expect(within(row).getByText(/Apr 6, 2026/)).toBeInTheDocument();
    await user.click(
      within(row).getByRole('button', { name: `Read “${MAIL.subject}”` }),
    );

    const reader = screen.getByRole('region', { name: MAIL.subject });
    expect(
      within(reader).getByRole('heading', { name: MAIL.subject }),
    ).toHaveFocus();
    expect(
      within(reader).getByText(/Confirm it in Torchbridge\./),
    ).toBeInTheDocument();
    await user.click(
      within(reader).getByRole('button', { name: 'Download invite.ics' }),
    );
    expect(outboxAttachment).toHaveBeenCalledWith(MAIL.id, 0);
    expect(await within(reader).findByRole('alert')).toBeInTheDocument();
  });

  it('stays out of the navigation while empty, except for admins, and reads in Chinese', async () => {
    const founderApi = signedInApi(makeUser(), {
      listMentorships: () => Promise.resolve([]),
    });
    const first = renderApp({ api: founderApi, route: '/settings' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await within(nav).findByRole('link', { name: 'Settings' });
    expect(
      within(nav).queryByRole('link', { name: 'Outbox' }),
    ).not.toBeInTheDocument();
    first.unmount();

    const adminApi = signedInApi(makeUser({ role: 'admin', locale: 'zh-CN' }));
    renderApp({ api: adminApi, route: '/outbox', locale: 'zh-CN' });
    expect(
      await screen.findByRole('heading', { level: 1, name: '发件箱' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('还没有邮件。')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: '主导航' })).getByRole(
        'link',
        { name: '发件箱' },
      ),
    ).toBeInTheDocument();
  });
});
