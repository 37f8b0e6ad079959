import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { defined } from '../../testing/defined';
import { typeText } from '../../testing/form-input';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import {
  ANNA,
  EVENT_ID,
  MARK,
  OTHER_FOUNDER,
  makeEvent,
  makeParticipant,
  makeRequest,
  side,
} from './event-fixtures';

describe('Registering for an event and asking for meetings', () => {
  it('registers a mentor as an investor with sectors and a round they cannot attend, then shows the pending status', async () => {
    const mentor = makeUser({
      id: 'b1b1b1b1-0000-4000-8000-000000000009',
      role: 'mentor',
      displayName: 'Katrin Bauer',
      timeZone: 'Europe/Berlin',
    });
    const pending = makeParticipant({
      userId: mentor.id,
      displayName: 'Katrin Bauer',
      kind: 'investor',
      organisation: 'Rhein Capital',
      status: 'pending',
    });
    const api = signedInApi(mentor, {
      event: jest
        .fn()
        .mockResolvedValueOnce(makeEvent())
        .mockResolvedValue(makeEvent({ me: pending })),
      registerForEvent: jest.fn(() => Promise.resolve(pending)),
    });
    const { user } = renderApp({ api, route: `/events/${EVENT_ID}` });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Berlin Hardware Night',
    });
    // The viewer is in Berlin like the event: one clock only.
    expect(
      screen.getByText(/18:00–18:55 event time \(Berlin\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/your time/)).not.toBeInTheDocument();
    expect(screen.getByText('Round 3')).toBeInTheDocument();

    const kinds = screen.getByRole('radiogroup', { name: 'I take part as' });
    expect(
      within(kinds)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['mentor', 'investor', 'corporate']);
    await user.click(within(kinds).getByRole('radio', { name: 'Investor' }));
    await typeText(user, 'Organisation', 'Rhein Capital');
    await typeText(user, 'What I offer', 'Seed funding');
    await user.click(
      within(screen.getByRole('group', { name: 'Sectors' })).getByRole(
        'checkbox',
        { name: 'New-energy vehicles' },
      ),
    );
    await user.click(
      within(
        screen.getByRole('group', { name: 'Rounds I cannot attend' }),
      ).getByRole('checkbox', { name: /Round 2/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(api.registerForEvent).toHaveBeenCalledWith(EVENT_ID, {
      kind: 'investor',
      organisation: 'Rhein Capital',
      offer: 'Seed funding',
      lookingFor: '',
      sectors: ['nev'],
      stages: [],
      languages: [],
      unavailableRounds: [1],
    });
    expect(
      await screen.findByText('Status: Waiting for approval'),
    ).toBeInTheDocument();
  });

  it('asks a mentor for a must-meet meeting and explains why the others cannot be asked', async () => {
    const me = makeParticipant({ requestsSent: 4, requestsLeft: 1 });
    const event = makeEvent({ me });
    const sent = makeRequest({ priority: 3, message: 'Certification help' });
    const api = signedInApi(makeUser(), {
      event: jest.fn(() => Promise.resolve(event)),
      eventParticipants: jest.fn(() =>
        Promise.resolve([me, ANNA, MARK, OTHER_FOUNDER]),
      ),
      eventRequests: jest
        .fn()
        .mockResolvedValueOnce([
          makeRequest({
            id: 'f0f0f0f0-0000-4000-8000-000000000009',
            from: side(me),
            to: side(MARK),
            status: 'withdrawn',
          }),
        ])
        .mockResolvedValue([sent]),
      requestEventMeeting: jest.fn(() => Promise.resolve(sent)),
    });
    const { user } = renderApp({
      api,
      route: `/events/${EVENT_ID}/participants`,
    });
    await screen.findByText('3 participants shown');
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 of 5 requests left',
    );

    const zhou = defined(
      screen.getByRole('heading', { name: 'Zhou Min' }).closest('li'),
    );
    expect(
      within(zhou).getByRole('button', {
        name: 'Request a meeting with Zhou Min',
      }),
    ).toBeDisabled();
    expect(zhou).toHaveTextContent(
      'At this event a Founder may not ask a Founder.',
    );

    // A withdrawn request does not stand in the way of a new one.
    const mark = defined(
      screen.getByRole('heading', { name: 'Mark Weber' }).closest('li'),
    );
    expect(
      within(mark).getByRole('button', {
        name: 'Request a meeting with Mark Weber',
      }),
    ).toBeEnabled();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kind' }),
      'Mentor',
    );
    expect(screen.getByText('1 participant shown')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', {
        name: 'Request a meeting with Anna Schmidt',
      }),
    );
    const form = screen.getByRole('form', {
      name: 'Request a meeting with Anna Schmidt',
    });
    await user.click(within(form).getByRole('radio', { name: 'Must meet' }));
    await typeText(user, 'Message (optional)', 'Certification help');
    await user.click(
      within(form).getByRole('button', { name: 'Send request' }),
    );

    expect(api.requestEventMeeting).toHaveBeenCalledWith(EVENT_ID, {
      toParticipantId: ANNA.id,
      priority: 3,
      message: 'Certification help',
    });
    expect(
      await screen.findByText('Request sent to Anna Schmidt.'),
    ).toBeInTheDocument();
    const anna = defined(
      screen.getByRole('heading', { name: 'Anna Schmidt' }).closest('li'),
    );
    expect(
      await within(anna).findByText('You have already asked each other.'),
    ).toBeInTheDocument();
    expect(
      within(anna).getByRole('button', {
        name: 'Request a meeting with Anna Schmidt',
      }),
    ).toBeDisabled();
  });

  it('shows the quota refusal from its code and disables requests once none are left', async () => {
    const me = makeParticipant({ requestsSent: 5, requestsLeft: 0 });
    const api = signedInApi(makeUser(), {
      event: jest.fn(() => Promise.resolve(makeEvent({ me }))),
      eventParticipants: jest.fn(() => Promise.resolve([me, ANNA])),
      eventRequests: jest.fn(() => Promise.resolve([])),
    });
    renderApp({ api, route: `/events/${EVENT_ID}/participants` });
    const button = await screen.findByRole('button', {
      name: 'Request a meeting with Anna Schmidt',
    });
    expect(button).toBeDisabled();
    expect(screen.getByText('You have no requests left.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '0 of 5 requests left',
    );
  });

  it('names the refusal when the server says the quota is spent', async () => {
    const me = makeParticipant({ requestsLeft: 1 });
    const api = signedInApi(makeUser(), {
      event: jest.fn(() => Promise.resolve(makeEvent({ me }))),
      eventParticipants: jest.fn(() => Promise.resolve([me, ANNA])),
      eventRequests: jest.fn(() => Promise.resolve([])),
      requestEventMeeting: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 409,
            code: 'event.quota_reached',
            message: 'quota',
            params: { quota: 5 },
          }),
        ),
      ),
    });
    const { user } = renderApp({
      api,
      route: `/events/${EVENT_ID}/participants`,
    });
    await user.click(
      await screen.findByRole('button', {
        name: 'Request a meeting with Anna Schmidt',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(
      await screen.findByText('You have sent all 5 of your requests.'),
    ).toBeInTheDocument();
  });
});
