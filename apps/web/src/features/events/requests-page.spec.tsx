import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { defined } from '../../testing/defined';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import {
  ANNA,
  EVENT_ID,
  MARK,
  makeEvent,
  makeParticipant,
  makeRequest,
  side,
} from './event-fixtures';

describe('My meeting requests at an event', () => {
  it('accepts a received request and withdraws a sent one that has no answer', async () => {
    const mentor = makeUser({
      id: ANNA.userId,
      role: 'mentor',
      displayName: 'Anna Schmidt',
      timeZone: 'Europe/Berlin',
    });
    const received = makeRequest();
    const sent = makeRequest({
      id: 'f0f0f0f0-0000-4000-8000-000000000002',
      from: side(ANNA),
      to: side(MARK),
      priority: 1,
      message: '',
    });
    const api = signedInApi(mentor, {
      event: jest.fn(() => Promise.resolve(makeEvent({ me: ANNA }))),
      eventRequests: jest
        .fn()
        .mockResolvedValueOnce([received, sent])
        .mockResolvedValueOnce([{ ...received, status: 'accepted' }, sent])
        .mockResolvedValue([
          { ...received, status: 'accepted' },
          { ...sent, status: 'withdrawn' },
        ]),
      decideEventRequest: jest.fn(() =>
        Promise.resolve({ ...received, status: 'accepted' as const }),
      ),
      withdrawEventRequest: jest.fn(() =>
        Promise.resolve({ ...sent, status: 'withdrawn' as const }),
      ),
    });
    const { user } = renderApp({ api, route: `/events/${EVENT_ID}/requests` });

    const receivedList = within(
      await screen.findByRole('region', { name: 'Received' }),
    );
    const row = defined(
      (await receivedList.findByText(/From Li Wei/)).closest('li'),
    );
    expect(row).toHaveTextContent('Must meet');
    expect(row).toHaveTextContent('Waiting for an answer');
    expect(row).toHaveTextContent('Keen to talk about certification.');
    await user.click(
      within(row).getByRole('button', {
        name: 'Accept the request from Li Wei',
      }),
    );
    expect(api.decideEventRequest).toHaveBeenCalledWith(received.id, true);
    expect(await within(row).findByText('Accepted')).toBeInTheDocument();
    expect(
      within(row).queryByRole('button', { name: /Decline/ }),
    ).not.toBeInTheDocument();

    const sentRow = defined(
      within(screen.getByRole('region', { name: 'Sent' }))
        .getByText(/To Mark Weber/)
        .closest('li'),
    );
    expect(sentRow).toHaveTextContent('Nice to have');
    expect(
      within(sentRow).queryByRole('button', {
        name: /Accept/,
      }),
    ).not.toBeInTheDocument();
    await user.click(
      within(sentRow).getByRole('button', {
        name: 'Withdraw the request to Mark Weber',
      }),
    );
    expect(api.withdrawEventRequest).toHaveBeenCalledWith(sent.id);
    expect(await within(sentRow).findByText('Withdrawn')).toBeInTheDocument();
  });

  it('shows a refusal from its code in the UI language', async () => {
    const me = makeParticipant({ ...ANNA });
    const received = makeRequest();
    const api = signedInApi(makeUser({ role: 'mentor', locale: 'zh-CN' }), {
      event: jest.fn(() => Promise.resolve(makeEvent({ me }))),
      eventRequests: jest.fn(() => Promise.resolve([received])),
      decideEventRequest: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 409,
            code: 'event.request_decided',
            message: 'decided',
          }),
        ),
      ),
    });
    const { user } = renderApp({
      api,
      route: `/events/${EVENT_ID}/requests`,
      locale: 'zh-CN',
    });
    await user.click(
      await screen.findByRole('button', { name: '接受 Li Wei 的请求' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '该请求已经答复过了。',
    );
    expect(api.decideEventRequest).toHaveBeenCalledWith(received.id, true);
  });
});
