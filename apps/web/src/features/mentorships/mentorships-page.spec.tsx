import { screen } from '@testing-library/react';
import { makeMentorship } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

describe('Mentorships list', () => {
  it('links each pair to its page with its status', async () => {
    const api = signedInApi(makeUser({ role: 'manager' }), {
      listMentorships: jest.fn(() =>
        Promise.resolve([makeMentorship({ status: 'completed' })]),
      ),
    });
    renderApp({ api, route: '/mentorships' });
    const link = await screen.findByRole('link', {
      name: 'Lumen Photonics · Anna Schmidt',
    });
    expect(link).toHaveAttribute('href', `/mentorships/${makeMentorship().id}`);
    expect(screen.getByText('Completed')).toBeInTheDocument();
  });

  it('says when there are none', async () => {
    const api = signedInApi(makeUser(), {
      listMentorships: jest.fn(() => Promise.resolve([])),
    });
    renderApp({ api, route: '/mentorships' });
    expect(await screen.findByText('No mentorships yet.')).toBeInTheDocument();
  });
});
