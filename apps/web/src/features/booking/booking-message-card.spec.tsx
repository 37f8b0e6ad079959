import { screen, within } from '@testing-library/react';
import type { Locale } from '@torchbridge/contracts';
import { BOOKING_ID, OVERLAP_SLOT } from '../../testing/booking';
import {
  CONVERSATION_ID,
  makeConversation,
  makeMessage,
} from '../../testing/chat';
import { FakeChat } from '../../testing/fake-chat';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

function setup(locale: Locale, timeZone: string) {
  const api = signedInApi(makeUser({ locale, timeZone }), {
    conversations: () =>
      Promise.resolve([
        makeConversation({
          lastMessage: makeMessage({
            seq: 2,
            kind: 'booking',
            body: 'Session confirmed',
            booking: {
              bookingId: BOOKING_ID,
              event: 'confirmed',
              ...OVERLAP_SLOT,
            },
          }),
        }),
      ]),
    conversationMessages: () =>
      Promise.resolve([
        makeMessage({ seq: 1, body: 'Shall we talk on Tuesday?' }),
        makeMessage({
          seq: 2,
          kind: 'booking',
          body: 'Session confirmed for 2026-04-07T07:00:00.000Z',
          booking: {
            bookingId: BOOKING_ID,
            event: 'confirmed',
            ...OVERLAP_SLOT,
          },
        }),
      ]),
  });
  return renderApp({
    api,
    route: `/messages/${CONVERSATION_ID}`,
    locale,
    chat: new FakeChat(),
  });
}

describe('Booking notes in a conversation', () => {
  it('shows a booked session as a card on the reader’s clock, linking to it', async () => {
    setup('en', 'Asia/Shanghai');
    const card = (await screen.findByText('Session confirmed')).closest(
      'li',
    ) as HTMLElement;
    expect(within(card).getByText(/15:00–15:30/)).toBeInTheDocument();
    expect(within(card).getByText('(Shanghai)')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: 'Open the session' }),
    ).toHaveAttribute('href', `/sessions/${BOOKING_ID}`);
    // The stored English sentence is not what readers see.
    expect(screen.queryByText(/Session confirmed for/)).not.toBeInTheDocument();
  });

  it('reads in Chinese on a Berlin clock', async () => {
    setup('zh-CN', 'Europe/Berlin');
    const card = (await screen.findByText('会谈已确认')).closest(
      'li',
    ) as HTMLElement;
    expect(within(card).getByText(/09:00–09:30/)).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: '查看会谈' }),
    ).toBeInTheDocument();
  });
});
