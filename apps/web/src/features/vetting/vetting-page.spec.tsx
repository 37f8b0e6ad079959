import { screen, within } from '@testing-library/react';
import { makeMentor, makeMentorDetail, page } from '../../testing/directory';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const pendingAnna = makeMentor({ vetting: 'pending' });
const pendingLuc = makeMentor({
  id: 'a1e0c9d4-0000-4000-8000-000000000003',
  displayName: 'Luc Martin',
  headlineEn: 'Angel investor in Lyon',
  vetting: 'pending',
});

function queueApi() {
  // The queue shrinks once a decision is made: the refetch no longer returns the decided mentor.
  const listMentors = jest
    .fn()
    .mockResolvedValueOnce(page([pendingAnna, pendingLuc]))
    .mockResolvedValue(page([pendingLuc]));
  return signedInApi(makeUser({ role: 'manager' }), {
    listMentors,
    mentor: jest.fn((id: string) =>
      Promise.resolve(
        id === pendingAnna.id
          ? makeMentorDetail({ vetting: 'pending' })
          : makeMentorDetail({
              ...pendingLuc,
              bioEn: 'Backed twelve hardware startups.',
            }),
      ),
    ),
    vetMentor: jest.fn(() => Promise.resolve(makeMentorDetail())),
  });
}

function row(name: string) {
  return screen.getByRole('listitem', { name });
}

describe('Vetting queue', () => {
  it('lists pending mentors with headline and bio excerpt, and approving removes the row', async () => {
    const api = queueApi();
    const { user } = renderApp({ api, route: '/vetting' });

    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
    expect(api.listMentors).toHaveBeenCalledWith({
      vetting: 'pending',
      sort: 'newest',
      cursor: undefined,
    });
    expect(
      within(row('Anna Schmidt')).getByText(
        'Former automotive supplier COO, EU market entry',
      ),
    ).toBeInTheDocument();
    expect(
      await within(row('Luc Martin')).findByText(
        'Backed twelve hardware startups.',
      ),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Approve Anna Schmidt' }),
    );

    expect(
      await screen.findByText('Anna Schmidt has been approved.'),
    ).toBeInTheDocument();
    expect(api.vetMentor).toHaveBeenCalledWith(pendingAnna.id, {
      decision: 'approved',
    });
    expect(
      screen.queryByRole('heading', { level: 2, name: 'Anna Schmidt' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Luc Martin' }),
    ).toBeInTheDocument();
  });

  it('asks for a reason before rejecting', async () => {
    const api = queueApi();
    const { user } = renderApp({ api, route: '/vetting' });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });

    await user.click(
      screen.getByRole('button', { name: 'Reject Anna Schmidt' }),
    );
    const reason = screen.getByRole('textbox', {
      name: 'Reason for rejecting Anna Schmidt',
    });
    expect(reason).toHaveFocus();
    await user.click(
      screen.getByRole('button', { name: 'Reject with this reason' }),
    );

    expect(reason).toHaveAccessibleDescription(
      'The mentor will see this. Give a reason of at least 3 characters.',
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(api.vetMentor).not.toHaveBeenCalled();

    await user.type(reason, 'No verifiable track record yet');
    await user.click(
      screen.getByRole('button', { name: 'Reject with this reason' }),
    );

    expect(
      await screen.findByText('Anna Schmidt has been rejected.'),
    ).toBeInTheDocument();
    expect(api.vetMentor).toHaveBeenCalledWith(pendingAnna.id, {
      decision: 'rejected',
      reason: 'No verifiable track record yet',
    });
    expect(
      screen.queryByRole('heading', { level: 2, name: 'Anna Schmidt' }),
    ).not.toBeInTheDocument();
  });

  it('says when nobody is waiting', async () => {
    const api = signedInApi(makeUser({ role: 'admin' }), {
      listMentors: jest.fn(() => Promise.resolve(page([]))),
    });
    renderApp({ api, route: '/vetting' });
    expect(
      await screen.findByText('No mentors are waiting for review.'),
    ).toBeInTheDocument();
  });

  it('is not available to mentors', async () => {
    const api = signedInApi(makeUser({ role: 'mentor' }));
    renderApp({ api, route: '/vetting' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available' }),
    ).toBeInTheDocument();
    expect(api.listMentors).not.toHaveBeenCalled();
  });
});
