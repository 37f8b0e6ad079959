import { fireEvent, screen } from '@testing-library/react';
import { INCUBATORS } from '../../testing/directory';
import { defined } from '../../testing/defined';
import { typeText } from '../../testing/form-input';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { makeEvent } from './event-fixtures';

describe('New event form', () => {
  it('creates a draft on the event clock and opens its page', async () => {
    const manager = makeUser({ role: 'manager', timeZone: 'Europe/Berlin' });
    const incubator = {
      ...defined(INCUBATORS[0]),
      managers: [{ userId: manager.id, displayName: manager.displayName }],
    };
    const created = makeEvent({ status: 'draft', canManage: true });
    const api = signedInApi(manager, {
      incubators: jest.fn(() => Promise.resolve([incubator])),
      createEvent: jest.fn(() => Promise.resolve(created)),
      event: jest.fn(() => Promise.resolve(created)),
    });
    const { user } = renderApp({ api, route: '/events/new' });
    await screen.findByRole('heading', { level: 1, name: 'New event' });
    await screen.findByRole('option', { name: incubator.nameEn });
    await typeText(user, 'Title in English', 'Berlin Hardware Night');
    await typeText(user, 'Title in Chinese', '柏林硬件之夜');
    fireEvent.change(screen.getByLabelText('First round starts (event time)'), {
      target: { value: '2026-12-10T18:00' },
    });
    await user.click(screen.getByRole('button', { name: 'Create event' }));

    expect(api.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        incubatorId: incubator.id,
        titleEn: 'Berlin Hardware Night',
        titleZh: '柏林硬件之夜',
        timeZone: 'Europe/Berlin',
        startsAt: '2026-12-10T17:00:00.000Z',
        rounds: 6,
        tableNames: ['A', 'B', 'C'],
      }),
    );
    expect(
      await screen.findByRole('button', { name: 'Open registration' }),
    ).toBeInTheDocument();
  });
});
