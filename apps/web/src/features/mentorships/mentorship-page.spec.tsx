import { screen, within } from '@testing-library/react';
import {
  FOUNDER_USER_ID,
  MENTOR_USER_ID,
  makeMentorship,
} from '../../testing/matching';
import { defined } from '../../testing/defined';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { pickOption, typeText } from '../../testing/form-input';

const mentorUser = makeUser({
  id: MENTOR_USER_ID,
  role: 'mentor',
  displayName: 'Anna Schmidt',
  timeZone: 'Europe/Berlin',
});

const withMilestones = makeMentorship({
  milestones: [
    {
      id: 'f1000000-0000-4000-8000-000000000001',
      code: 'first-eu-customer',
      title: 'First EU customer',
      proposedBy: FOUNDER_USER_ID,
      agreed: false,
      achievedAt: null,
    },
    {
      id: 'f1000000-0000-4000-8000-000000000002',
      code: 'custom',
      title: 'Open a Munich office',
      proposedBy: MENTOR_USER_ID,
      agreed: false,
      achievedAt: null,
    },
  ],
});

function milestone(title: string) {
  const item = within(screen.getByRole('list', { name: 'Milestones' }))
    .getByText(title)
    .closest('li');
  if (!item) {
    throw new Error(`no milestone ${title}`);
  }
  return within(item);
}

describe('Mentorship page', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-03-29T12:00:00Z'),
      advanceTimers: true,
    });
  });
  afterEach(() => jest.useRealTimers());

  it('shows the pair with both local times', async () => {
    const api = signedInApi(makeUser(), {
      mentorship: jest.fn(() => Promise.resolve(withMilestones)),
    });
    renderApp({ api, route: `/mentorships/${withMilestones.id}` });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Lumen Photonics · Anna Schmidt',
      }),
    ).toBeInTheDocument();
    const times = screen.getByRole('region', { name: 'Local times' });
    expect(
      within(times).getByText('Startup: Lumen Photonics'),
    ).toBeInTheDocument();
    expect(within(times).getByText('20:00')).toBeInTheDocument();
    expect(within(times).getByText('Mentor: Anna Schmidt')).toBeInTheDocument();
    expect(within(times).getByText('14:00')).toBeInTheDocument();
  });

  it('offers Agree only on the other side’s proposals', async () => {
    const agreed = makeMentorship({
      milestones: [
        { ...defined(withMilestones.milestones?.[0]), agreed: true },
        defined(withMilestones.milestones?.[1]),
      ],
    });
    const api = signedInApi(mentorUser, {
      mentorship: jest.fn(() => Promise.resolve(withMilestones)),
      agreeMilestone: jest.fn(() => Promise.resolve(agreed)),
    });
    const { user } = renderApp({
      api,
      route: `/mentorships/${withMilestones.id}`,
    });
    await screen.findByRole('list', { name: 'Milestones' });

    const own = milestone('Open a Munich office');
    expect(own.getByText('Proposed by you')).toBeInTheDocument();
    expect(
      own.getByText('Waiting for the other side to agree'),
    ).toBeInTheDocument();
    expect(own.queryByRole('button')).not.toBeInTheDocument();

    const theirs = milestone('First EU customer');
    expect(theirs.getByText('Proposed by Lumen Photonics')).toBeInTheDocument();
    await user.click(
      theirs.getByRole('button', { name: 'Agree to First EU customer' }),
    );
    expect(api.agreeMilestone).toHaveBeenCalledWith(
      withMilestones.id,
      defined(withMilestones.milestones?.[0]).id,
    );
    expect(
      await screen.findByRole('button', {
        name: 'Mark First EU customer achieved',
      }),
    ).toBeInTheDocument();
    expect(
      milestone('First EU customer').getByText('Agreed'),
    ).toBeInTheDocument();
  });

  it('proposes a custom milestone only with a title', async () => {
    const api = signedInApi(makeUser(), {
      mentorship: jest.fn(() => Promise.resolve(makeMentorship())),
      proposeMilestone: jest.fn(() => Promise.resolve(withMilestones)),
    });
    const { user } = renderApp({
      api,
      route: `/mentorships/${withMilestones.id}`,
    });
    await screen.findByText('No milestones yet. Propose the first one.');

    await pickOption(user, 'Milestone', 'Custom milestone');
    await user.click(screen.getByRole('button', { name: 'Propose' }));
    expect(
      screen.getByRole('textbox', { name: 'Title' }),
    ).toHaveAccessibleDescription(
      'Required for a custom milestone. Give the milestone a title.',
    );
    expect(api.proposeMilestone).not.toHaveBeenCalled();

    await typeText(user, 'Title', 'Open a Munich office');
    await user.click(screen.getByRole('button', { name: 'Propose' }));
    expect(
      await screen.findByRole('list', { name: 'Milestones' }),
    ).toHaveTextContent('Open a Munich office');
    expect(api.proposeMilestone).toHaveBeenCalledWith(withMilestones.id, {
      code: 'custom',
      title: 'Open a Munich office',
    });
  });

  it('ends early only with a reason, then asks for feedback and shows both sides’', async () => {
    const ended = makeMentorship({
      status: 'ended',
      endedAt: '2026-03-29T12:00:00.000Z',
      endReason: 'Pivoted to the US market',
      feedback: [
        {
          authorId: MENTOR_USER_ID,
          rating: 4,
          comment: 'A focused team.',
          createdAt: '2026-03-29T12:00:00.000Z',
        },
      ],
    });
    const api = signedInApi(makeUser(), {
      mentorship: jest.fn(() => Promise.resolve(makeMentorship())),
      endMentorship: jest.fn(() => Promise.resolve(ended)),
      leaveFeedback: jest.fn(() =>
        Promise.resolve({
          ...ended,
          feedback: [
            ...(ended.feedback ?? []),
            {
              authorId: FOUNDER_USER_ID,
              rating: 5,
              comment: 'Opened doors in Munich.',
              createdAt: '2026-03-29T12:00:00.000Z',
            },
          ],
        }),
      ),
    });
    const { user } = renderApp({
      api,
      route: `/mentorships/${withMilestones.id}`,
    });
    await screen.findByRole('heading', {
      level: 2,
      name: 'Close the mentorship',
    });
    expect(
      screen.queryByRole('heading', { name: 'Feedback' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Ended early' }));
    await user.click(screen.getByRole('button', { name: 'Close mentorship' }));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(api.endMentorship).not.toHaveBeenCalled();
    await typeText(user, 'Reason', 'Pivoted to the US market');
    await user.click(screen.getByRole('button', { name: 'Close mentorship' }));
    expect(api.endMentorship).toHaveBeenCalledWith(withMilestones.id, {
      outcome: 'ended',
      reason: 'Pivoted to the US market',
    });

    const feedback = await screen.findByRole('region', { name: 'Feedback' });
    expect(
      within(feedback).getByText('Feedback from Anna Schmidt'),
    ).toBeInTheDocument();
    expect(within(feedback).getByText('A focused team.')).toBeInTheDocument();
    await user.click(
      within(feedback).getByRole('button', { name: 'Send feedback' }),
    );
    expect(
      within(feedback).getByText('Choose a rating from 1 to 5.'),
    ).toBeInTheDocument();
    expect(api.leaveFeedback).not.toHaveBeenCalled();

    await user.click(within(feedback).getByRole('radio', { name: '5' }));
    await user.type(
      within(feedback).getByRole('textbox', { name: 'Comment' }),
      'Opened doors in Munich.',
    );
    await user.click(
      within(feedback).getByRole('button', { name: 'Send feedback' }),
    );
    expect(
      await within(feedback).findByText('Your feedback'),
    ).toBeInTheDocument();
    expect(api.leaveFeedback).toHaveBeenCalledWith(withMilestones.id, {
      rating: 5,
      comment: 'Opened doors in Munich.',
    });
    expect(
      within(feedback).queryByRole('button', { name: 'Send feedback' }),
    ).not.toBeInTheDocument();
  });
});
