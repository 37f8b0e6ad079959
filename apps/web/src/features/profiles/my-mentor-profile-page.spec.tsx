import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { makeMentorDetail } from '../../testing/directory';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { pickOption, typeText } from '../../testing/form-input';

const mentorUser = makeUser({
  role: 'mentor',
  displayName: 'Anna Schmidt',
  timeZone: 'Europe/Berlin',
});

describe('My mentor profile', () => {
  it('shows a rejection and its reason prominently', async () => {
    const api = signedInApi(mentorUser, {
      myMentorProfile: jest.fn(() =>
        Promise.resolve(
          makeMentorDetail({
            vetting: 'rejected',
            vettingReason: 'Please add your track record.',
          }),
        ),
      ),
    });
    renderApp({ api, route: '/me/mentor-profile' });

    const status = await screen.findByRole('region', {
      name: 'Review status: Rejected',
    });
    expect(status).toHaveTextContent('Your profile was not approved.');
    expect(status).toHaveTextContent('Reason: Please add your track record.');
    expect(
      screen.getByRole('textbox', { name: 'Headline in English' }),
    ).toHaveValue('Former automotive supplier COO, EU market entry');
  });

  it('creates a new profile, which then waits for review', async () => {
    const api = signedInApi(mentorUser, {
      myMentorProfile: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'mentor.profile_missing',
            message: 'You have no mentor profile yet',
          }),
        ),
      ),
      saveMentorProfile: jest.fn(() =>
        Promise.resolve(makeMentorDetail({ vetting: 'pending' })),
      ),
    });
    const { user } = renderApp({ api, route: '/me/mentor-profile' });

    await screen.findByText(
      'You have no mentor profile yet. Fill in the form to create one.',
    );
    await pickOption(user, 'Category', 'Investor / financial expert');
    await typeText(user, 'Headline in English', 'Hardware investor');
    await typeText(user, 'Headline in Chinese', '硬件投资人');
    await user.click(
      within(screen.getByRole('group', { name: 'Sectors' })).getByRole(
        'checkbox',
        { name: 'Fintech' },
      ),
    );
    await user.click(screen.getByRole('radio', { name: 'Paused' }));
    await user.type(screen.getByLabelText('Paused until'), '2026-09-01');
    await typeText(
      user,
      'Conflicts of interest',
      'Acme Fund{Enter}{Enter}Beta GmbH',
    );
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(
      await screen.findByRole('region', {
        name: 'Review status: Pending review',
      }),
    ).toHaveTextContent(
      'Your profile is waiting for review by a community manager.',
    );
    expect(api.saveMentorProfile).toHaveBeenCalledWith(
      expect.objectContaining({
        category: 'investor',
        headlineZh: '硬件投资人',
        sectors: ['fintech'],
        timeZone: 'Europe/Berlin',
        capacity: 2,
        status: 'paused',
        pausedUntil: '2026-09-01',
        conflicts: ['Acme Fund', 'Beta GmbH'],
      }),
    );
    expect(api.saveMentorProfile.mock.calls[0]?.[0]).not.toHaveProperty(
      'phone',
    );
  });

  it('shows a capacity the server refused next to the field', async () => {
    const api = signedInApi(mentorUser, {
      myMentorProfile: jest.fn(() => Promise.resolve(makeMentorDetail())),
      saveMentorProfile: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            message: 'Bad Request',
            details: [
              {
                field: 'capacity',
                messages: ['capacity must not be greater than 50'],
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/me/mentor-profile' });

    const capacity = await screen.findByRole('spinbutton', {
      name: 'Mentees at a time',
    });
    await user.clear(capacity);
    await user.type(capacity, '80');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Capacity: capacity must not be greater than 50',
    );
    expect(capacity).toHaveAccessibleDescription(
      'From 0 to 50. capacity must not be greater than 50',
    );
    expect(capacity).toHaveFocus();
  });
});
