import type { ImportReport, MentorCard, Page } from '@torchbridge/contracts';
import { createApiClient, type FetchLike } from './api-client';
import { ApiError } from './api-error';
import { toQueryString } from './query-string';

interface Call {
  url: string;
  init: RequestInit;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Answers every request with the given response and records what was sent. */
function setup(answer: () => Response = () => json(200, {})) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  const api = createApiClient({
    baseUrl: '/api',
    fetch,
    getAccessToken: () => 'token',
    onAccessToken: jest.fn(),
    onSignedOut: jest.fn(),
  });
  const last = () => {
    const call = calls[calls.length - 1];
    if (!call) {
      throw new Error('no request was sent');
    }
    return {
      method: call.init.method,
      url: call.url,
      body:
        typeof call.init.body === 'string'
          ? (JSON.parse(call.init.body) as unknown)
          : undefined,
      auth: (call.init.headers as Record<string, string>)['Authorization'],
    };
  };
  return { api, calls, last };
}

const page: Page<MentorCard> = { items: [], nextCursor: 'abc' };

describe('toQueryString', () => {
  it('joins lists with commas and leaves out empty values', () => {
    expect(
      toQueryString({
        q: '半导体',
        sector: ['ai', 'biotech'],
        stage: [],
        available: true,
        limit: 20,
        cursor: undefined,
        country: [],
        sort: '',
      }),
    ).toBe(
      '?q=%E5%8D%8A%E5%AF%BC%E4%BD%93&sector=ai%2Cbiotech&available=true&limit=20',
    );
    expect(toQueryString({})).toBe('');
  });
});

describe('directory endpoints', () => {
  it('lists mentors with filters, sort and cursor, authenticated', async () => {
    const { api, last } = setup(() => json(200, page));

    await expect(
      api.listMentors({
        q: 'Berlin',
        sector: ['semiconductors'],
        language: ['de', 'en'],
        available: true,
        vetting: 'pending',
        sort: 'free-places',
        cursor: 'abc',
      }),
    ).resolves.toEqual(page);

    expect(last()).toEqual({
      method: 'GET',
      url: '/api/mentors?q=Berlin&sector=semiconductors&language=de%2Cen&available=true&vetting=pending&sort=free-places&cursor=abc',
      body: undefined,
      auth: 'Bearer token',
    });
  });

  it('lists mentors without a query string when no filter is set', async () => {
    const { api, last } = setup(() => json(200, page));
    await api.listMentors();
    expect(last().url).toBe('/api/mentors');
  });

  it('reads one mentor and the caller’s own profile', async () => {
    const { api, calls } = setup();
    await api.mentor('m-1');
    await api.myMentorProfile();
    expect(calls.map((call) => `${call.init.method} ${call.url}`)).toEqual([
      'GET /api/mentors/m-1',
      'GET /api/me/mentor-profile',
    ]);
  });

  it('saves the mentor profile with PUT', async () => {
    const { api, last } = setup();
    const profile = {
      category: 'executive',
      headlineEn: 'Ex-Bosch',
      headlineZh: '前博世高管',
      bioEn: '',
      bioZh: '',
      sectors: ['nev'],
      stages: ['scaling'],
      topics: ['market-entry-europe'],
      languages: ['de', 'en'],
      timeZone: 'Europe/Berlin',
      country: 'DE',
      city: 'Berlin',
      capacity: 3,
      status: 'open',
      conflicts: [],
    } as const;
    await api.saveMentorProfile({
      ...profile,
      sectors: [...profile.sectors],
      stages: [...profile.stages],
      topics: [...profile.topics],
      languages: [...profile.languages],
      conflicts: [],
    });
    expect(last()).toMatchObject({
      method: 'PUT',
      url: '/api/me/mentor-profile',
      body: { headlineZh: '前博世高管', capacity: 3 },
    });
  });

  it('posts a vetting decision with its reason', async () => {
    const { api, last } = setup();
    await api.vetMentor('m-1', {
      decision: 'rejected',
      reason: 'No track record',
    });
    expect(last()).toMatchObject({
      method: 'POST',
      url: '/api/mentors/m-1/vetting',
      body: { decision: 'rejected', reason: 'No track record' },
    });
  });

  it('encodes ids so they cannot reach another route', async () => {
    const { api, last } = setup();
    await api.startup('../me/startup');
    expect(last().url).toBe('/api/startups/..%2Fme%2Fstartup');
  });

  it('lists startups by region and market direction', async () => {
    const { api, last } = setup(() =>
      json(200, { items: [], nextCursor: null }),
    );
    await api.listStartups({
      region: ['eastern', 'international'],
      marketDirection: 'china-to-europe',
      topic: ['fundraising'],
    });
    expect(last().url).toBe(
      '/api/startups?region=eastern%2Cinternational&marketDirection=china-to-europe&topic=fundraising',
    );
  });

  it('reads and saves the founder’s startup', async () => {
    const { api, calls } = setup();
    await api.myStartup();
    await api.saveStartup({
      nameEn: 'Lumen',
      nameZh: '流明',
      incubatorId: 'i-1',
      sectors: ['optoelectronics'],
      stage: 'prototype',
      foundedYear: 2024,
      teamSize: 8,
      languages: ['zh'],
      timeZone: 'Asia/Shanghai',
      marketDirection: 'china-to-europe',
      targetMarkets: ['DE'],
      needs: [],
      pitchEn: '',
      pitchZh: '',
      highTechEnterprise: true,
    });
    expect(calls.map((call) => `${call.init.method} ${call.url}`)).toEqual([
      'GET /api/me/startup',
      'PUT /api/me/startup',
    ]);
  });

  it('creates parks and incubators and lists incubators of one park', async () => {
    const { api, calls } = setup(() => json(201, {}));
    await api.createPark({
      nameEn: 'Berlin Adlershof',
      city: 'Berlin',
      country: 'DE',
      region: 'international',
    });
    await api.incubators();
    await api.incubators('p-1');
    await api.createIncubator({
      nameEn: 'X',
      nameZh: '叉',
      parkId: 'p-1',
      kind: 'private',
      city: 'Berlin',
      country: 'DE',
    });
    expect(calls.map((call) => `${call.init.method} ${call.url}`)).toEqual([
      'POST /api/parks',
      'GET /api/incubators',
      'GET /api/incubators?parkId=p-1',
      'POST /api/incubators',
    ]);
  });

  it('previews, confirms and reads an import', async () => {
    const report: ImportReport = {
      id: 'r-1',
      kind: 'mentors',
      status: 'pending',
      totalRows: 2,
      goodRows: 1,
      errors: [{ line: 3, field: 'timeZone', message: 'not a time zone' }],
      written: null,
    };
    const { api, calls, last } = setup(() => json(200, report));
    await expect(
      api.previewImport({ kind: 'mentors', csv: 'email\n', fileName: 'm.csv' }),
    ).resolves.toEqual(report);
    expect(last().body).toEqual({
      kind: 'mentors',
      csv: 'email\n',
      fileName: 'm.csv',
    });
    await api.confirmImport('r-1');
    await api.getImport('r-1');
    expect(calls.map((call) => `${call.init.method} ${call.url}`)).toEqual([
      'POST /api/imports',
      'POST /api/imports/r-1/confirm',
      'GET /api/imports/r-1',
    ]);
  });

  it('throws the 409 of a second confirmation as an ApiError', async () => {
    const { api } = setup(() =>
      json(409, {
        statusCode: 409,
        error: 'Conflict',
        message: 'This import was already confirmed',
      }),
    );
    const error: unknown = await api
      .confirmImport('r-1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
  });
});
