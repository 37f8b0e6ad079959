import { act, screen, waitFor, within } from '@testing-library/react';
import {
  CONVERSATION_ID,
  makeConversation,
  makeMessage,
} from '../../testing/chat';
import { FakeChat } from '../../testing/fake-chat';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

describe('MessagesPage', () => {
  it('lists conversations with the other member, the last message and an unread badge', async () => {
    const last = makeMessage({ seq: 3, body: 'See you Thursday' });
    renderApp({
      api: signedInApi(makeUser(), {
        conversations: () =>
          Promise.resolve([
            makeConversation({ lastSeq: 3, unread: 3, lastMessage: last }),
          ]),
      }),
      route: '/messages',
    });

    const link = await screen.findByRole('link', { name: 'Katrin Vogel' });
    expect(link).toHaveAttribute('href', `/messages/${CONVERSATION_ID}`);
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('3 unread')).toBeInTheDocument();
    expect(within(item).getByText('See you Thursday')).toBeInTheDocument();
  });

  it('applies pushed messages and read marks to the list without fetching it again', async () => {
    const chat = new FakeChat();
    const api = signedInApi(makeUser(), {
      conversations: () => Promise.resolve([makeConversation()]),
    });
    renderApp({ api, route: '/messages', chat });
    await screen.findByRole('link', { name: 'Katrin Vogel' });
    expect(screen.queryByText(/unread/)).not.toBeInTheDocument();

    // A busy conversation: twenty messages in a row.
    act(() => {
      for (let seq = 1; seq <= 20; seq++) {
        chat.deliver(makeMessage({ seq, body: `Nachricht ${seq}` }));
      }
    });
    expect(await screen.findByText('20 unread')).toBeInTheDocument();
    expect(screen.getByText('Nachricht 20')).toBeInTheDocument();

    act(() => chat.readBy(CONVERSATION_ID, makeUser().id, 20));
    await waitFor(() =>
      expect(screen.queryByText(/unread/)).not.toBeInTheDocument(),
    );
    expect(api.conversations).toHaveBeenCalledTimes(1);
  });

  it('fetches the list again when a push cannot be applied exactly (a gap in seq)', async () => {
    const chat = new FakeChat();
    let unread = 0;
    const api = signedInApi(makeUser(), {
      conversations: () =>
        Promise.resolve([makeConversation({ unread, lastSeq: unread })]),
    });
    renderApp({ api, route: '/messages', chat });
    await screen.findByRole('link', { name: 'Katrin Vogel' });

    unread = 3;
    act(() => chat.deliver(makeMessage({ seq: 3 })));

    expect(await screen.findByText('3 unread')).toBeInTheDocument();
    expect(api.conversations).toHaveBeenCalledTimes(2);
  });

  it('renders in Chinese', async () => {
    renderApp({
      api: signedInApi(makeUser({ locale: 'zh-CN' }), {
        conversations: () =>
          Promise.resolve([
            makeConversation({
              unread: 2,
              lastMessage: makeMessage({
                senderId: makeUser().id,
                body: '好的',
              }),
            }),
          ]),
      }),
      route: '/messages',
      locale: 'zh-CN',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: '消息' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('2 条未读')).toBeInTheDocument();
    expect(screen.getByText('我：好的')).toBeInTheDocument();
  });
});
