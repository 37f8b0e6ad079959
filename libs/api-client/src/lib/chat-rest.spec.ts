import { createApiClient, type FetchLike } from './api-client';

function setup(body: unknown) {
  const urls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    urls.push(`${init.method} ${url}`);
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const api = createApiClient({
    baseUrl: '/api',
    fetch,
    getAccessToken: () => 'token',
    onAccessToken: jest.fn(),
    onSignedOut: jest.fn(),
  });
  return { api, urls };
}

describe('chat endpoints', () => {
  it('lists conversations', async () => {
    const { api, urls } = setup([{ id: 'c-1', unread: 2 }]);
    await expect(api.conversations()).resolves.toEqual([
      { id: 'c-1', unread: 2 },
    ]);
    expect(urls).toEqual(['GET /api/conversations']);
  });

  it('pages history before a sequence number, leaving out what is not given', async () => {
    const { api, urls } = setup([]);
    await api.conversationMessages('c-1', { before: 41, limit: 20 });
    await api.conversationMessages('c/2');
    await api.conversationMessages('c-1', { before: 7 });
    expect(urls).toEqual([
      'GET /api/conversations/c-1/messages?before=41&limit=20',
      'GET /api/conversations/c%2F2/messages',
      'GET /api/conversations/c-1/messages?before=7',
    ]);
  });
});
