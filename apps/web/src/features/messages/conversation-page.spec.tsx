import { act, screen, within } from '@testing-library/react';
import type { ApiClient } from '@torchbridge/api-client';
import type { Locale } from '@torchbridge/contracts';
import {
  CONVERSATION_ID,
  makeConversation,
  makeMessage,
} from '../../testing/chat';
import { FakeChat } from '../../testing/fake-chat';
import { MENTOR_USER_ID } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const ROUTE = `/messages/${CONVERSATION_ID}`;
const founder = makeUser();

function setup(overrides: Partial<ApiClient> = {}, locale: Locale = 'en') {
  const chat = new FakeChat();
  const api = signedInApi(makeUser({ locale }), {
    conversations: () => Promise.resolve([makeConversation()]),
    ...overrides,
  });
  return { ...renderApp({ api, route: ROUTE, chat, locale }), chat };
}

function history() {
  return screen.getByRole('list', { name: 'Message history' });
}

describe('ConversationPage', () => {
  it('shows the history in seq order with sender names and times in the reader’s zone', async () => {
    setup({
      conversationMessages: () =>
        Promise.resolve([
          makeMessage({ seq: 2, senderId: founder.id, body: 'Going well' }),
          makeMessage({ seq: 1 }),
        ]),
    });

    await screen.findByText('Going well');
    const items = within(history()).getAllByRole('listitem');
    expect(
      items.map((li) => li.querySelector('.bubble-body')?.textContent),
    ).toEqual(['Guten Tag! How is the CE certification going?', 'Going well']);
    expect(items[0]).toHaveTextContent('Katrin Vogel');
    expect(items[0]).toHaveClass('bubble-other');
    expect(items[1]).toHaveTextContent('Li Wei');
    expect(items[1]).toHaveClass('bubble-own');
    // 08:00 UTC is 16:00 in Shanghai, where Li Wei reads.
    expect(items[0]).toHaveTextContent('16:00');
  });

  it('shows a sent message at once as sending, then exactly once after the acknowledgement', async () => {
    const { user, chat } = setup();
    await screen.findByText('No messages yet.');
    const box = screen.getByRole('textbox', { name: 'Message' });
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();

    await user.type(box, '你好 Katrin{Enter}');

    expect(chat.sent.map((s) => s.body)).toEqual(['你好 Katrin']);
    expect(screen.getByText('你好 Katrin')).toBeInTheDocument();
    expect(screen.getByText('Sending…')).toBeInTheDocument();
    expect(box).toHaveValue('');

    act(() => {
      chat.ack(0, { senderId: founder.id });
    });

    expect(await screen.findByText('你好 Katrin')).toBeInTheDocument();
    expect(screen.getAllByText('你好 Katrin')).toHaveLength(1);
    expect(screen.queryByText('Sending…')).not.toBeInTheDocument();
  });

  it('keeps Shift+Enter as a new line and counts characters against the limit', async () => {
    const { user, chat } = setup();
    const box = await screen.findByRole('textbox', { name: 'Message' });

    await user.type(box, 'line one{Shift>}{Enter}{/Shift}line two');

    expect(chat.sent).toHaveLength(0);
    expect(box).toHaveValue('line one\nline two');
    expect(screen.getByText('17 / 4000 characters')).toBeInTheDocument();
    expect(box).toHaveAttribute('maxlength', '4000');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(chat.sent.map((s) => s.body)).toEqual(['line one\nline two']);
  });

  it('shows a message from the other member as it arrives and marks it read', async () => {
    const { chat } = setup();
    await screen.findByText('No messages yet.');

    act(() =>
      chat.deliver(makeMessage({ seq: 1, body: 'Are you free on Thursday?' })),
    );

    expect(
      await screen.findByText('Are you free on Thursday?'),
    ).toBeInTheDocument();
    expect(chat.readsSent).toEqual([
      { conversationId: CONVERSATION_ID, seq: 1 },
    ]);
  });

  it('renders markup in a message as text', async () => {
    const { chat, container } = setup();
    await screen.findByText('No messages yet.');

    act(() =>
      chat.deliver(makeMessage({ body: '<img src=x onerror=alert(1)>' })),
    );

    expect(
      await screen.findByText('<img src=x onerror=alert(1)>'),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows "Read" under my last message once the other member has read it', async () => {
    const { chat } = setup({
      conversationMessages: () =>
        Promise.resolve([
          makeMessage({ seq: 1 }),
          makeMessage({ seq: 2, senderId: founder.id, body: 'Thursday works' }),
        ]),
    });
    await screen.findByText('Thursday works');
    expect(screen.queryByText('Read')).not.toBeInTheDocument();

    act(() => chat.readBy(CONVERSATION_ID, MENTOR_USER_ID, 2));

    const own = screen.getByText('Thursday works').closest('li') as HTMLElement;
    expect(within(own).getByText('Read')).toBeInTheDocument();
  });

  it('says who is typing and hides it after five seconds', async () => {
    const { chat } = setup();
    await screen.findByText('No messages yet.');
    jest.useFakeTimers();
    try {
      act(() => chat.typingFrom(CONVERSATION_ID, MENTOR_USER_ID));
      expect(screen.getByText('Katrin Vogel is typing…')).toBeInTheDocument();

      act(() => {
        jest.advanceTimersByTime(5100);
      });
      expect(
        screen.queryByText('Katrin Vogel is typing…'),
      ).not.toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows a reconnecting banner while the connection is down', async () => {
    const { chat } = setup();
    await screen.findByText('No messages yet.');
    expect(screen.queryByText(/Reconnecting/)).not.toBeInTheDocument();

    act(() => chat.status('reconnecting'));

    const banners = screen.getAllByRole('status');
    expect(
      banners.some((b) =>
        /Reconnecting… Messages you send now/.test(b.textContent ?? ''),
      ),
    ).toBe(true);

    act(() => chat.status('online'));
    expect(screen.queryByText(/Reconnecting/)).not.toBeInTheDocument();
  });

  it('loads older messages before the first one held', async () => {
    const conversationMessages = jest.fn(
      (_id: string, page?: { before?: number }) =>
        Promise.resolve(
          page?.before
            ? [makeMessage({ seq: 50, body: 'An older message' })]
            : [makeMessage({ seq: 51, body: 'The newest message' })],
        ),
    );
    const { user } = setup({ conversationMessages });
    await screen.findByText('The newest message');

    await user.click(
      screen.getByRole('button', { name: 'Load older messages' }),
    );

    expect(await screen.findByText('An older message')).toBeInTheDocument();
    expect(conversationMessages).toHaveBeenLastCalledWith(CONVERSATION_ID, {
      before: 51,
      limit: 50,
    });
  });

  it('renders in Chinese', async () => {
    const { chat } = setup({}, 'zh-CN');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '与Katrin Vogel的对话',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '发送' })).toBeDisabled();
    act(() => chat.status('reconnecting'));
    expect(screen.getByText(/正在重新连接/)).toBeInTheDocument();
  });
});
