import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { makeMentor } from '../../testing/directory';
import {
  makeMentorship,
  makeRecommendation,
  makeRequest,
} from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { typeText } from '../../testing/form-input';

const luc = makeMentor({
  id: 'a1e0c9d4-0000-4000-8000-000000000003',
  displayName: 'Luc Martin',
  timeZone: 'Europe/Paris',
});

function founderApi(
  overrides: Parameters<typeof signedInApi>[1] = {},
  locale: 'en' | 'zh-CN' = 'en',
) {
  return signedInApi(makeUser({ timeZone: 'Asia/Shanghai', locale }), {
    recommendations: jest.fn(() =>
      Promise.resolve([
        makeRecommendation(),
        makeRecommendation({ mentor: luc, score: 64, reasons: [] }),
      ]),
    ),
    ...overrides,
  });
}

function card(name: string) {
  return within(screen.getByRole('listitem', { name }));
}

describe('Find a mentor', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-03-29T12:00:00Z'),
      advanceTimers: true,
    });
  });
  afterEach(() => jest.useRealTimers());

  it('ranks mentors with their score, reasons, both clocks and a link to the full profile', async () => {
    const api = founderApi();
    renderApp({ api, route: '/find-a-mentor' });

    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Find a mentor' }),
    ).toBeInTheDocument();
    const anna = card('Anna Schmidt');
    expect(
      anna.getByRole('img', { name: 'Match score 87 of 100' }),
    ).toHaveTextContent('87');
    expect(
      anna.getByRole('list', { name: 'Why this match' }),
    ).toHaveTextContent('Same sector: Semiconductors & IC');
    // Berlin is on summer time on 29 March 2026: 14:00 there, 20:00 in Shanghai.
    expect(anna.getByText('14:00 there · 20:00 for you')).toBeInTheDocument();
    expect(
      anna.getByRole('link', { name: 'Full profile of Anna Schmidt' }),
    ).toHaveAttribute('href', `/mentors/${makeMentor().id}`);
    expect(
      card('Luc Martin').getByRole('img', { name: 'Match score 64 of 100' }),
    ).toBeInTheDocument();
  });

  it('sends a request with a message and shows a refusal in the reader’s words', async () => {
    const createRequest = jest
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          status: 409,
          error: 'Conflict',
          code: 'request.pending_limit',
          params: { limit: 3 },
          message: 'Too many pending requests',
        }),
      )
      .mockResolvedValue(makeRequest());
    const api = founderApi({ createRequest });
    const { user } = renderApp({ api, route: '/find-a-mentor' });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });

    await user.click(
      screen.getByRole('button', { name: 'Request Anna Schmidt' }),
    );
    const message = screen.getByRole('textbox', {
      name: 'Message to Anna Schmidt',
    });
    expect(message).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(createRequest).not.toHaveBeenCalled();

    await user.type(message, 'We need CE certification.');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You already have 3 pending requests. Wait for an answer or withdraw one.',
    );
    expect(createRequest).toHaveBeenCalledWith({
      mentorId: makeMentor().id,
      message: 'We need CE certification.',
    });

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(
      await screen.findByText('Your request to Anna Schmidt has been sent.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request Anna Schmidt' }),
    ).not.toBeInTheDocument();
  });

  it('includes past mentors when asked', async () => {
    const api = founderApi();
    const { user } = renderApp({ api, route: '/find-a-mentor' });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
    expect(api.recommendations).toHaveBeenLastCalledWith({});

    await user.click(
      screen.getByRole('checkbox', {
        name: 'Include mentors I have worked with',
      }),
    );
    expect(api.recommendations).toHaveBeenLastCalledWith({ allowRepeat: true });
  });

  it('asks for a startup profile first', async () => {
    const api = founderApi({
      recommendations: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'recommendations.startup_required',
            message: 'No startup profile',
          }),
        ),
      ),
    });
    renderApp({ api, route: '/find-a-mentor' });
    expect(
      await screen.findByRole('link', { name: 'Create your startup profile' }),
    ).toHaveAttribute('href', '/me/startup');
  });

  it('shows a refusal in Chinese to a Chinese reader', async () => {
    const api = founderApi(
      {
        createRequest: jest.fn(() =>
          Promise.reject(
            new ApiError({
              status: 409,
              error: 'Conflict',
              code: 'request.mentor_paused',
              message: 'This mentor has paused mentoring for now',
            }),
          ),
        ),
      },
      'zh-CN',
    );
    const { user } = renderApp({
      api,
      route: '/find-a-mentor',
      locale: 'zh-CN',
    });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });

    await user.click(
      screen.getByRole('button', { name: '向 Anna Schmidt 发出请求' }),
    );
    await typeText(
      user,
      '给 Anna Schmidt 的留言',
      '我们需要 CE 认证方面的帮助。',
    );
    await user.click(screen.getByRole('button', { name: '发送请求' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '该导师目前暂停辅导。',
    );
  });

  it('tells the server’s own words when the code is newer than the app', async () => {
    const api = founderApi({
      createRequest: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 409,
            error: 'Conflict',
            unknownCode: 'request.mentor_on_leave',
            message: 'This mentor is on leave until May',
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/find-a-mentor' });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });

    await user.click(
      screen.getByRole('button', { name: 'Request Anna Schmidt' }),
    );
    await typeText(user, 'Message to Anna Schmidt', 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This mentor is on leave until May',
    );
  });

  it('speaks Chinese to a Chinese reader', async () => {
    const api = founderApi({}, 'zh-CN');
    renderApp({ api, route: '/find-a-mentor', locale: 'zh-CN' });
    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
    expect(
      screen.getByRole('heading', { level: 1, name: '寻找导师' }),
    ).toBeInTheDocument();
    expect(
      card('Anna Schmidt').getByText('会说普通话、英语'),
    ).toBeInTheDocument();
  });

  it('marks mentors the founder already asked or works with instead of offering another request', async () => {
    const api = founderApi({
      listRequests: jest.fn(() =>
        Promise.resolve([
          makeRequest(),
          makeRequest({
            id: 'e0e0e0e0-0000-4000-8000-000000000009',
            status: 'declined',
            mentor: { ...makeRequest().mentor, id: 'someone-else' },
          }),
        ]),
      ),
      listMentorships: jest.fn(() =>
        Promise.resolve([
          makeMentorship({
            mentor: {
              id: luc.id,
              userId: luc.userId,
              displayName: 'Luc Martin',
              timeZone: 'Europe/Paris',
            },
          }),
        ]),
      ),
    });
    renderApp({ api, route: '/find-a-mentor' });

    await screen.findByRole('heading', { level: 2, name: 'Anna Schmidt' });
    const anna = card('Anna Schmidt');
    expect(await anna.findByText('Requested')).toBeInTheDocument();
    expect(
      anna.getByText('You asked Anna Schmidt; waiting for an answer.'),
    ).toBeInTheDocument();
    expect(
      anna.queryByRole('button', { name: 'Request Anna Schmidt' }),
    ).not.toBeInTheDocument();
    const lucCard = card('Luc Martin');
    expect(await lucCard.findByText('Your mentor')).toBeInTheDocument();
    expect(
      lucCard.queryByRole('button', { name: 'Request Luc Martin' }),
    ).not.toBeInTheDocument();
  });
});
