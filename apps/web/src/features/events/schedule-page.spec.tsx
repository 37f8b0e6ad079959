import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import {
  EVENT_ID,
  makeEvent,
  makeMeeting,
  makeRequest,
  makeSchedule,
} from './event-fixtures';

describe('Event scheduler', () => {
  it('runs the scheduler, shows the proven bound, names a clash when moving and publishes', async () => {
    const meeting = makeMeeting();
    const solved = makeSchedule({
      meetings: [meeting],
      unscheduled: [
        makeRequest({ id: 'f0f0f0f0-0000-4000-8000-000000000005' }),
      ],
      objective: 1814,
      upperBound: 1814,
      solveMs: 51,
    });
    const api = signedInApi(makeUser({ role: 'manager' }), {
      event: jest.fn(() => Promise.resolve(makeEvent({ canManage: true }))),
      eventSchedule: jest.fn(() => Promise.resolve(makeSchedule())),
      runEventScheduler: jest.fn(() => Promise.resolve(solved)),
      placeEventMeeting: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 409,
            code: 'event.meeting_clash',
            message: 'clash',
            params: { reason: 'Anna Schmidt is at another table' },
          }),
        ),
      ),
      publishEventSchedule: jest.fn(() =>
        Promise.resolve({ ...solved, published: true }),
      ),
    });
    const { user } = renderApp({ api, route: `/events/${EVENT_ID}/schedule` });
    await user.click(
      await screen.findByRole('button', { name: 'Run scheduler' }),
    );
    expect(
      await screen.findByText(/Objective 1,814 of at most 1,814 — optimal/),
    ).toBeInTheDocument();

    const grid = screen.getByRole('table', {
      name: 'Meetings by round and table',
    });
    const firstRound = within(grid).getByRole('row', { name: /Round 1/ });
    expect(firstRound).toHaveTextContent('Li Wei & Anna Schmidt');
    expect(firstRound).toHaveTextContent('Must meet');

    await user.click(
      within(grid).getByRole('button', {
        name: 'Move the meeting of Li Wei and Anna Schmidt',
      }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Round' }),
      '1',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.placeEventMeeting).toHaveBeenCalledWith(
      EVENT_ID,
      meeting.requestId,
      { round: 1, table: 0, locked: true },
    );
    expect(
      await screen.findByText(
        'That meeting clashes: Anna Schmidt is at another table.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText(
        'Published: every participant can read their agenda.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Run scheduler' }),
    ).toBeDisabled();
  });
});
