import { screen, within } from '@testing-library/react';
import {
  MENTOR_USER_ID,
  makeMentorship,
  makeRequest,
} from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const mentorUser = makeUser({
  id: MENTOR_USER_ID,
  role: 'mentor',
  displayName: 'Anna Schmidt',
  timeZone: 'Europe/Berlin',
});

function row(name: string) {
  return within(screen.getByRole('listitem', { name }));
}

describe('Requests', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-03-29T12:00:00Z'),
      advanceTimers: true,
    });
  });
  afterEach(() => jest.useRealTimers());

  describe('mentor inbox', () => {
    function inboxApi() {
      const listRequests = jest
        .fn()
        .mockResolvedValueOnce([makeRequest()])
        .mockResolvedValue([
          makeRequest({
            status: 'accepted',
            decidedAt: '2026-03-29T12:00:00Z',
          }),
        ]);
      return signedInApi(mentorUser, {
        listRequests,
        acceptRequest: jest.fn(() => Promise.resolve(makeMentorship())),
        declineRequest: jest.fn(() =>
          Promise.resolve(makeRequest({ status: 'declined' })),
        ),
      });
    }

    it('shows who asks, the message, both clocks and the time left; accepting opens the mentorship', async () => {
      const api = inboxApi();
      const { user } = renderApp({ api, route: '/requests' });

      await screen.findByRole('heading', { level: 2, name: 'Lumen Photonics' });
      expect(api.listRequests).toHaveBeenCalledWith('received');
      expect(
        screen.getByRole('heading', { level: 1, name: 'Requests' }),
      ).toBeInTheDocument();
      const lumen = row('Lumen Photonics');
      expect(
        lumen.getByText('We need CE certification for our lidar optics.'),
      ).toBeInTheDocument();
      expect(
        lumen.getByText('20:00 there · 14:00 for you'),
      ).toBeInTheDocument();
      expect(lumen.getByText('4 days left')).toBeInTheDocument();

      await user.click(
        lumen.getByRole('button', { name: 'Accept Lumen Photonics' }),
      );
      expect(
        await screen.findByText('You are now mentoring Lumen Photonics.'),
      ).toBeInTheDocument();
      expect(api.acceptRequest).toHaveBeenCalledWith(makeRequest().id);
      expect(
        screen.getByRole('link', { name: 'Open the mentorship' }),
      ).toHaveAttribute('href', `/mentorships/${makeMentorship().id}`);
      expect(
        await row('Lumen Photonics').findByText('Accepted'),
      ).toBeInTheDocument();
    });

    it('needs a reason to decline', async () => {
      const api = inboxApi();
      const { user } = renderApp({ api, route: '/requests' });
      await screen.findByRole('heading', { level: 2, name: 'Lumen Photonics' });

      await user.click(
        screen.getByRole('button', { name: 'Decline Lumen Photonics' }),
      );
      const reason = screen.getByRole('textbox', {
        name: 'Reason for declining Lumen Photonics',
      });
      await user.click(
        screen.getByRole('button', { name: 'Decline with this reason' }),
      );
      expect(reason).toHaveAccessibleDescription(
        'The founder will see this. Give a reason of at least 3 characters.',
      );
      expect(api.declineRequest).not.toHaveBeenCalled();

      await user.type(reason, 'No capacity until summer');
      await user.click(
        screen.getByRole('button', { name: 'Decline with this reason' }),
      );
      expect(
        await screen.findByText('You declined Lumen Photonics.'),
      ).toBeInTheDocument();
      expect(api.declineRequest).toHaveBeenCalledWith(
        makeRequest().id,
        'No capacity until summer',
      );
    });

    it('cannot answer a programme proposal the founder has not confirmed', async () => {
      const api = signedInApi(mentorUser, {
        listRequests: jest.fn(() =>
          Promise.resolve([
            makeRequest({ cohortRunId: 'c-1', founderConfirmed: false }),
          ]),
        ),
      });
      renderApp({ api, route: '/requests' });
      await screen.findByRole('heading', { level: 2, name: 'Lumen Photonics' });
      expect(
        row('Lumen Photonics').getByText('Waiting for the founder to confirm'),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Accept Lumen Photonics' }),
      ).not.toBeInTheDocument();
    });
  });

  describe('founder’s sent requests', () => {
    it('shows status, expiry in the founder’s zone and the decline reason; withdraws and confirms', async () => {
      const proposal = makeRequest({
        id: 'e0e0e0e0-0000-4000-8000-000000000002',
        cohortRunId: 'c-1',
        founderConfirmed: false,
        mentor: {
          id: 'm-2',
          userId: 'u-2',
          displayName: 'Luc Martin',
          timeZone: 'Europe/Paris',
        },
      });
      const declined = makeRequest({
        id: 'e0e0e0e0-0000-4000-8000-000000000003',
        status: 'declined',
        declineReason: 'No capacity until summer',
        mentor: {
          id: 'm-3',
          userId: 'u-3',
          displayName: 'Wang Wei',
          timeZone: 'Asia/Shanghai',
        },
      });
      const api = signedInApi(makeUser({ timeZone: 'Asia/Shanghai' }), {
        listRequests: jest.fn(() =>
          Promise.resolve([makeRequest(), proposal, declined]),
        ),
        withdrawRequest: jest.fn(() =>
          Promise.resolve(makeRequest({ status: 'withdrawn' })),
        ),
        confirmRequest: jest.fn(() =>
          Promise.resolve({ ...proposal, founderConfirmed: true }),
        ),
      });
      const { user } = renderApp({ api, route: '/requests' });

      await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
      expect(api.listRequests).toHaveBeenCalledWith('sent');
      expect(
        screen.getByRole('heading', { level: 1, name: 'My requests' }),
      ).toBeInTheDocument();
      const anna = row('Anna Schmidt');
      expect(anna.getByText('Waiting for an answer')).toBeInTheDocument();
      // 12:00 UTC is 20:00 in Shanghai.
      expect(anna.getByText('Apr 3, 2026, 20:00')).toBeInTheDocument();
      expect(row('Wang Wei').getByText('Declined')).toBeInTheDocument();
      expect(
        row('Wang Wei').getByText('No capacity until summer'),
      ).toBeInTheDocument();
      expect(
        row('Wang Wei').queryByRole('button', { name: /Withdraw/ }),
      ).not.toBeInTheDocument();
      expect(
        anna.queryByRole('button', { name: /^Confirm/ }),
      ).not.toBeInTheDocument();

      await user.click(
        screen.getByRole('button', { name: 'Confirm Luc Martin as mentor' }),
      );
      expect(
        await screen.findByText(
          'You confirmed Luc Martin. They can now accept.',
        ),
      ).toBeInTheDocument();
      expect(api.confirmRequest).toHaveBeenCalledWith(proposal.id);

      await user.click(
        screen.getByRole('button', {
          name: 'Withdraw request to Anna Schmidt',
        }),
      );
      expect(
        await screen.findByText(
          'Your request to Anna Schmidt has been withdrawn.',
        ),
      ).toBeInTheDocument();
      expect(api.withdrawRequest).toHaveBeenCalledWith(makeRequest().id);
    });
  });

  it('shows the mentor the founder, the startup’s sector and stage, and how well it fits', async () => {
    const api = signedInApi(mentorUser, {
      listRequests: jest.fn(() =>
        Promise.resolve([
          makeRequest({
            startup: {
              ...makeRequest().startup,
              sectors: ['optoelectronics'],
              stage: 'prototype',
            },
            match: {
              score: 72,
              reasons: [
                {
                  code: 'sector',
                  points: 25,
                  params: { sectors: ['optoelectronics'] },
                },
              ],
            },
          }),
        ]),
      ),
    });
    renderApp({ api, route: '/requests' });
    await screen.findByRole('heading', { level: 2, name: 'Lumen Photonics' });
    const lumen = row('Lumen Photonics');
    expect(lumen.getByText('Founder').nextSibling).toHaveTextContent('Li Wei');
    expect(lumen.getByText('Sectors').nextSibling).toHaveTextContent(
      'Optoelectronics',
    );
    expect(lumen.getByText('Stage').nextSibling).toHaveTextContent('Prototype');
    expect(lumen.getByRole('img', { name: /72/ })).toBeInTheDocument();
    expect(
      lumen.getByRole('list', { name: 'Why Lumen Photonics fits you' }),
    ).toHaveTextContent('Optoelectronics');
  });

  it('links an accepted request to its mentorship and chat', async () => {
    const api = signedInApi(makeUser({ timeZone: 'Asia/Shanghai' }), {
      listRequests: jest.fn(() =>
        Promise.resolve([
          makeRequest({
            status: 'accepted',
            decidedAt: '2026-03-28T12:00:00.000Z',
            mentorshipId: 'f0f0f0f0-0000-4000-8000-000000000001',
            conversationId: 'c0c0c0c0-0000-4000-8000-000000000001',
          }),
        ]),
      ),
    });
    renderApp({ api, route: '/requests' });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
    const anna = row('Anna Schmidt');
    expect(anna.getByText('Accepted')).toBeInTheDocument();
    expect(
      anna.getByRole('link', { name: 'Open the mentorship with Anna Schmidt' }),
    ).toHaveAttribute(
      'href',
      '/mentorships/f0f0f0f0-0000-4000-8000-000000000001',
    );
    expect(
      anna.getByRole('link', { name: 'Open the chat with Anna Schmidt' }),
    ).toHaveAttribute('href', '/messages/c0c0c0c0-0000-4000-8000-000000000001');
  });
});
