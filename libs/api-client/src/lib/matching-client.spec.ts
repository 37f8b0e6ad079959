import { createApiClient, type FetchLike } from './api-client';
import { ApiError } from './api-error';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Records every request as "METHOD url" with its JSON body. */
function setup(answer: () => Response = () => json(200, {})) {
  const sent: { line: string; body: unknown }[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({
      line: `${init.method} ${url}`,
      body:
        typeof init.body === 'string'
          ? (JSON.parse(init.body) as unknown)
          : undefined,
    });
    return answer();
  };
  const api = createApiClient({
    baseUrl: '/api',
    fetch,
    getAccessToken: () => 'token',
    onAccessToken: jest.fn(),
    onSignedOut: jest.fn(),
  });
  return { api, sent };
}

const PAIR = { startupId: 's-1', mentorId: 'm-1' };

describe('matching endpoints', () => {
  it('asks for recommendations with limit and allowRepeat', async () => {
    const { api, sent } = setup(() => json(200, []));
    await expect(api.recommendations()).resolves.toEqual([]);
    await api.recommendations({ limit: 5, allowRepeat: true });
    expect(sent.map((s) => s.line)).toEqual([
      'GET /api/recommendations',
      'GET /api/recommendations?limit=5&allowRepeat=true',
    ]);
  });

  it('sends, lists and answers mentorship requests', async () => {
    const { api, sent } = setup();
    await api.createRequest({ mentorId: 'm-1', message: 'Hello' });
    await api.listRequests('sent');
    await api.listRequests();
    await api.getRequest('r-1');
    await api.acceptRequest('r-1');
    await api.declineRequest('r-1', 'No time this quarter');
    await api.withdrawRequest('r-1');
    await api.confirmRequest('r/1');
    expect(sent).toEqual([
      {
        line: 'POST /api/mentorship-requests',
        body: { mentorId: 'm-1', message: 'Hello' },
      },
      { line: 'GET /api/mentorship-requests?box=sent', body: undefined },
      { line: 'GET /api/mentorship-requests', body: undefined },
      { line: 'GET /api/mentorship-requests/r-1', body: undefined },
      { line: 'POST /api/mentorship-requests/r-1/accept', body: {} },
      {
        line: 'POST /api/mentorship-requests/r-1/decline',
        body: { reason: 'No time this quarter' },
      },
      { line: 'POST /api/mentorship-requests/r-1/withdraw', body: {} },
      { line: 'POST /api/mentorship-requests/r%2F1/confirm', body: {} },
    ]);
  });

  it('reads mentorships and changes milestones, outcome and feedback', async () => {
    const { api, sent } = setup();
    await api.listMentorships();
    await api.mentorship('ms-1');
    await api.proposeMilestone('ms-1', { code: 'custom', title: 'CE mark' });
    await api.agreeMilestone('ms-1', 'mi-1');
    await api.achieveMilestone('ms-1', 'mi-1');
    await api.endMentorship('ms-1', { outcome: 'ended', reason: 'Moved on' });
    await api.leaveFeedback('ms-1', { rating: 5, comment: 'Great' });
    await api.notifications();
    expect(sent).toEqual([
      { line: 'GET /api/mentorships', body: undefined },
      { line: 'GET /api/mentorships/ms-1', body: undefined },
      {
        line: 'POST /api/mentorships/ms-1/milestones',
        body: { code: 'custom', title: 'CE mark' },
      },
      { line: 'POST /api/mentorships/ms-1/milestones/mi-1/agree', body: {} },
      { line: 'POST /api/mentorships/ms-1/milestones/mi-1/achieve', body: {} },
      {
        line: 'POST /api/mentorships/ms-1/end',
        body: { outcome: 'ended', reason: 'Moved on' },
      },
      {
        line: 'POST /api/mentorships/ms-1/feedback',
        body: { rating: 5, comment: 'Great' },
      },
      { line: 'GET /api/notifications', body: undefined },
    ]);
  });

  it('reads and saves the programme weights', async () => {
    const weights = {
      sector: 25,
      stage: 15,
      needs: 25,
      language: 10,
      overlap: 10,
      market: 10,
      load: 5,
    };
    const { api, sent } = setup(() => json(200, weights));
    await expect(api.matchWeights()).resolves.toEqual(weights);
    await api.saveMatchWeights(weights);
    expect(sent).toEqual([
      { line: 'GET /api/programme/weights', body: undefined },
      { line: 'PUT /api/programme/weights', body: weights },
    ]);
  });

  it('creates, lists, re-runs and publishes cohort runs', async () => {
    const { api, sent } = setup();
    await api.createCohortRun({
      name: 'Spring',
      startupIds: ['s-1'],
      mentorIds: ['m-1'],
      mode: 'optimal',
    });
    await api.listCohortRuns();
    await api.cohortRun('c-1');
    await api.rerunCohortRun('c-1', {
      mode: 'stable',
      pins: [PAIR],
      forbids: [],
    });
    await api.publishCohortRun('c-1');
    expect(sent).toEqual([
      {
        line: 'POST /api/cohort-runs',
        body: {
          name: 'Spring',
          startupIds: ['s-1'],
          mentorIds: ['m-1'],
          mode: 'optimal',
        },
      },
      { line: 'GET /api/cohort-runs', body: undefined },
      { line: 'GET /api/cohort-runs/c-1', body: undefined },
      {
        line: 'PUT /api/cohort-runs/c-1',
        body: { mode: 'stable', pins: [PAIR], forbids: [] },
      },
      { line: 'POST /api/cohort-runs/c-1/publish', body: {} },
    ]);
  });

  it('throws a refused request as an ApiError carrying the server’s reason', async () => {
    const { api } = setup(() =>
      json(409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'This mentor has no free place at the moment',
      }),
    );
    const error: unknown = await api
      .createRequest({ mentorId: 'm-1', message: 'Hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).message).toBe(
      'This mentor has no free place at the moment',
    );
  });
});
