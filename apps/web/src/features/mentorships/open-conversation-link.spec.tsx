import { screen } from '@testing-library/react';
import { CONVERSATION_ID } from '../../testing/chat';
import { makeMentorship } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

describe('Mentorship page conversation link', () => {
  it('links the pair to their conversation', async () => {
    renderApp({
      api: signedInApi(makeUser(), {
        mentorship: () =>
          Promise.resolve(makeMentorship({ conversationId: CONVERSATION_ID })),
      }),
      route: '/mentorships/f0f0f0f0-0000-4000-8000-000000000001',
    });

    expect(
      await screen.findByRole('link', { name: 'Open conversation' }),
    ).toHaveAttribute('href', `/messages/${CONVERSATION_ID}`);
  });

  it('offers no link while the mentorship has no conversation', async () => {
    renderApp({
      api: signedInApi(makeUser(), {
        mentorship: () => Promise.resolve(makeMentorship()),
      }),
      route: '/mentorships/f0f0f0f0-0000-4000-8000-000000000001',
    });

    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.queryByRole('link', { name: 'Open conversation' }),
    ).not.toBeInTheDocument();
  });
});
