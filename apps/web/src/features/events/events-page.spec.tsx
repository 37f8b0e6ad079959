import { screen, within } from '@testing-library/react';
import { defined } from '../../testing/defined';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { makeEvent } from './event-fixtures';

const online = makeEvent({
  id: 'e0e0e0e0-0000-4000-8000-000000000002',
  titleEn: 'Shenzhen Online Pitch Day',
  titleZh: '深圳线上路演日',
  online: true,
  venue: '',
  timeZone: 'Asia/Shanghai',
  status: 'draft',
  participantCount: 1,
});

describe('Events list', () => {
  it('shows each event in the UI language with its time on the event clock and the viewer’s, its place and head count', async () => {
    const api = signedInApi(makeUser(), {
      listEvents: jest.fn(() => Promise.resolve([makeEvent(), online])),
    });
    const { user } = renderApp({ api, route: '/' });
    await user.click(await screen.findByRole('link', { name: 'Events' }));
    await screen.findByRole('heading', { level: 1, name: 'Events' });

    const berlin = defined(
      screen.getByRole('link', { name: 'Berlin Hardware Night' }).closest('li'),
    );
    expect(
      screen.getByRole('link', { name: 'Berlin Hardware Night' }),
    ).toHaveAttribute('href', `/events/${makeEvent().id}`);
    // 17:00Z is 18:00 in Berlin and 01:00 the next day in Shanghai, where the viewer lives.
    expect(berlin).toHaveTextContent(/18:00–18:55 event time \(Berlin\)/);
    expect(berlin).toHaveTextContent(
      /Fri, Dec 11 01:00–01:55 your time \(Shanghai\)/,
    );
    expect(berlin).toHaveTextContent('Factory Berlin, Rheinsberger Str. 76');
    expect(berlin).toHaveTextContent('Registration open');
    expect(berlin).toHaveTextContent('3 participants');

    const shenzhen = defined(
      screen
        .getByRole('link', { name: 'Shenzhen Online Pitch Day' })
        .closest('li'),
    );
    expect(within(shenzhen).getByText('Online')).toBeInTheDocument();
    expect(shenzhen).toHaveTextContent('1 participant');
    expect(shenzhen).not.toHaveTextContent('your time');
    expect(
      screen.queryByRole('link', { name: 'New event' }),
    ).not.toBeInTheDocument();
  });

  it('reads in Chinese and offers organisers a new event', async () => {
    const api = signedInApi(makeUser({ role: 'manager', locale: 'zh-CN' }), {
      listEvents: jest.fn(() => Promise.resolve([makeEvent()])),
    });
    renderApp({ api, route: '/events', locale: 'zh-CN' });
    await screen.findByRole('heading', { level: 1, name: '活动' });
    expect(
      await screen.findByRole('link', { name: '柏林硬件之夜' }),
    ).toBeInTheDocument();
    expect(screen.getByText('报名中')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '新建活动' })).toHaveAttribute(
      'href',
      '/events/new',
    );
  });
});
