import { act, screen, within } from '@testing-library/react';
import { CONVERSATION_ID, makeConversation } from '../../testing/chat';
import { FakeChat } from '../../testing/fake-chat';
import { MENTOR_USER_ID } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const ROUTE = `/messages/${CONVERSATION_ID}`;

describe('MembersPanel', () => {
  it('shows who is online now and follows presence as it changes', async () => {
    const chat = new FakeChat();
    chat.online = [MENTOR_USER_ID];
    const api = signedInApi(makeUser(), {
      conversations: () => Promise.resolve([makeConversation()]),
    });
    renderApp({ api, route: ROUTE, chat });

    const members = await screen.findByRole('region', { name: 'Members' });
    expect(await within(members).findByLabelText('online')).toBeInTheDocument();
    act(() =>
      chat.options?.onPresence?.({ userId: MENTOR_USER_ID, online: false }),
    );
    expect(
      await within(members).findByLabelText('offline'),
    ).toBeInTheDocument();
    // A mentorship's members are fixed: nobody is offered to leave or remove anyone.
    expect(within(members).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a manager remove someone from a group, and tells a removed member in Chinese', async () => {
    const chat = new FakeChat();
    const group = makeConversation({
      kind: 'group',
      title: '秋季批次',
      mentorshipId: null,
    });
    const removed: string[] = [];
    let list = [group];
    const api = signedInApi(makeUser({ role: 'manager' }), {
      conversations: () => Promise.resolve(list),
      removeConversationMember: (_id: string, userId: string) => {
        removed.push(userId);
        return Promise.resolve();
      },
    });
    const { user } = renderApp({ api, route: ROUTE, chat });

    expect(
      await screen.findByRole('heading', { name: '秋季批次' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Remove Katrin Vogel' }),
    );
    expect(removed).toEqual([MENTOR_USER_ID]);
    expect(
      screen.getByRole('button', { name: 'Leave this group' }),
    ).toBeInTheDocument();

    list = [];
    act(() =>
      chat.options?.onMembership?.({
        conversationId: CONVERSATION_ID,
        change: 'removed',
      }),
    );
    expect(
      await screen.findByText(
        'You are no longer a member of this conversation.',
      ),
    ).toBeInTheDocument();
  });
});
