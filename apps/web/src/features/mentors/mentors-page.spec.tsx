import { screen, within } from '@testing-library/react';
import { makeMentor, page } from '../../testing/directory';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { pickOption } from '../../testing/form-input';

const anna = makeMentor();
const wei = makeMentor({
  id: 'a1e0c9d4-0000-4000-8000-000000000002',
  displayName: 'Wang Wei',
  headlineEn: 'Semiconductor fab veteran',
  headlineZh: '半导体晶圆厂资深专家',
  category: 'st-professional',
  sectors: ['semiconductors'],
  languages: ['zh', 'en'],
  timeZone: 'Asia/Shanghai',
  country: 'CN',
  city: 'Shenzhen',
  freePlaces: 0,
  status: 'paused',
  pausedUntil: '2026-09-01',
});

function cardNames() {
  return within(screen.getByRole('main'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
}

function lastQuery(api: ReturnType<typeof signedInApi>) {
  return api.listMentors.mock.calls.at(-1)?.[0];
}

describe('Mentor directory', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-03-29T12:00:00Z'),
      advanceTimers: true,
    });
  });
  afterEach(() => jest.useRealTimers());

  it('shows each mentor’s card with their local time next to yours', async () => {
    const api = signedInApi(makeUser({ timeZone: 'Asia/Shanghai' }), {
      listMentors: jest.fn(() => Promise.resolve(page([anna, wei]))),
    });
    renderApp({ api, route: '/mentors' });

    const card = (
      await screen.findByRole('link', { name: 'Anna Schmidt' })
    ).closest('li');
    expect(card).not.toBeNull();
    const annaCard = within(card as HTMLElement);
    expect(
      annaCard.getByText('Former automotive supplier COO, EU market entry'),
    ).toBeInTheDocument();
    expect(
      annaCard.getByText('Executive / corporate leader'),
    ).toBeInTheDocument();
    expect(annaCard.getByRole('list', { name: 'Sectors' })).toHaveTextContent(
      'New-energy vehicles',
    );
    expect(annaCard.getByRole('list', { name: 'Languages' })).toHaveTextContent(
      'German',
    );
    expect(annaCard.getByText('Berlin, Germany')).toBeInTheDocument();
    // Berlin switched to summer time that night: 14:00 there, 20:00 in Shanghai.
    expect(
      annaCard.getByText('14:00 there · 20:00 for you'),
    ).toBeInTheDocument();
    expect(annaCard.getByText('Free places: 2 of 3')).toBeInTheDocument();
    expect(annaCard.queryByText(/Paused/)).not.toBeInTheDocument();

    const weiCard = within(
      screen
        .getByRole('link', { name: 'Wang Wei' })
        .closest('li') as HTMLElement,
    );
    expect(weiCard.getByText('Paused until 2026-09-01')).toBeInTheDocument();
    expect(
      weiCard.getByText('20:00 there · 20:00 for you'),
    ).toBeInTheDocument();
    expect(api.listMentors).toHaveBeenCalledWith({
      q: undefined,
      sector: [],
      stage: [],
      topic: [],
      language: [],
      country: [],
      cursor: undefined,
    });
  });

  it('sends the search and each filter to the API and keeps them in the address', async () => {
    const api = signedInApi(makeUser(), {
      listMentors: jest.fn(() => Promise.resolve(page([anna]))),
    });
    const { user } = renderApp({ api, route: '/mentors' });
    await screen.findByRole('link', { name: 'Anna Schmidt' });
    expect(
      screen.queryByRole('link', { name: 'Clear filters' }),
    ).not.toBeInTheDocument();

    await user.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      '半导体{Enter}',
    );
    // Passing the option itself: matching by text compares innerHTML, where & is escaped.
    await pickOption(
      user,
      'Sector',
      screen.getByRole('option', { name: 'Semiconductors & IC' }),
    );
    await pickOption(user, 'Speaks', 'German');
    await pickOption(user, 'Country', 'Germany');
    await user.click(
      screen.getByRole('checkbox', { name: 'Only mentors with a free place' }),
    );
    await pickOption(user, 'Sort by', 'Most free places');

    expect(lastQuery(api)).toEqual({
      q: '半导体',
      sector: ['semiconductors'],
      stage: [],
      topic: [],
      language: ['de'],
      country: ['DE'],
      available: true,
      sort: 'free-places',
      cursor: undefined,
    });
    expect(screen.getByRole('link', { name: 'Clear filters' })).toHaveAttribute(
      'href',
      '/mentors',
    );
    // Founders never get the vetting filter; the API would ignore it for them anyway.
    expect(
      screen.queryByRole('combobox', { name: 'Vetting' }),
    ).not.toBeInTheDocument();
  });

  it('starts from the filters in the address, so a filtered list can be shared', async () => {
    const api = signedInApi(makeUser({ role: 'manager' }), {
      listMentors: jest.fn(() => Promise.resolve(page([anna]))),
    });
    renderApp({
      api,
      route:
        '/mentors?topic=grants&stage=idea,scaling&vetting=pending&sector=bogus',
    });

    await screen.findByRole('link', { name: 'Anna Schmidt' });
    expect(api.listMentors).toHaveBeenCalledWith(
      expect.objectContaining({
        topic: ['grants'],
        stage: ['idea', 'scaling'],
        sector: [],
        vetting: 'pending',
      }),
    );
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveDisplayValue(
      'Non-dilutive grants (Innofund, EU Horizon)',
    );
    expect(
      screen.getByRole('combobox', { name: 'Vetting' }),
    ).toHaveDisplayValue('Pending review');
  });

  it('appends the next page with the keyset cursor on “Load more”', async () => {
    const listMentors = jest
      .fn()
      .mockResolvedValueOnce(page([anna], 'cursor-1'))
      .mockResolvedValueOnce(page([wei]));
    const api = signedInApi(makeUser(), { listMentors });
    const { user } = renderApp({ api, route: '/mentors?sort=newest' });

    await screen.findByRole('link', { name: 'Anna Schmidt' });
    expect(screen.getByText('Showing 1 so far.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await screen.findByRole('link', { name: 'Wang Wei' });
    expect(cardNames()).toEqual(['Anna Schmidt', 'Wang Wei']);
    expect(listMentors).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: 'newest', cursor: 'cursor-1' }),
    );
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('That is everyone matching these filters.'),
    ).toBeInTheDocument();
  });

  it('says when no mentor matches', async () => {
    const api = signedInApi(makeUser(), {
      listMentors: jest.fn(() => Promise.resolve(page([]))),
    });
    renderApp({ api, route: '/mentors?sector=agritech' });

    expect(
      await screen.findByText(
        'No mentors match these filters. Try fewer filters.',
      ),
    ).toBeInTheDocument();
  });

  it('shows headlines and taxonomy labels in Chinese', async () => {
    const api = signedInApi(makeUser({ locale: 'zh-CN' }), {
      listMentors: jest.fn(() => Promise.resolve(page([anna]))),
    });
    renderApp({ api, route: '/mentors', locale: 'zh-CN' });

    expect(
      await screen.findByRole('heading', { level: 1, name: '导师' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('前汽车零部件供应商首席运营官，协助进入欧盟市场'),
    ).toBeInTheDocument();
    expect(screen.getByText('企业高管')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '行业' })).toHaveTextContent(
      '新能源汽车',
    );
    expect(screen.getByRole('list', { name: '语言' })).toHaveTextContent(
      '德语',
    );
    expect(
      screen.getByRole('option', { name: '半导体与集成电路' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Berlin, 德国')).toBeInTheDocument();
  });

  it('orders a text search by best match unless another order is chosen', async () => {
    const api = signedInApi(makeUser(), {
      listMentors: jest.fn(() => Promise.resolve(page([anna, wei]))),
    });
    const { user } = renderApp({
      api,
      route: `/mentors?q=${encodeURIComponent('人工智能')}`,
    });
    await screen.findByRole('link', { name: 'Anna Schmidt' });
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sort).toHaveDisplayValue('Best match');
    expect(lastQuery(api)).toMatchObject({ q: '人工智能' });
    expect(lastQuery(api)?.sort).toBeUndefined();

    await pickOption(user, 'Sort by', 'Name');
    expect(lastQuery(api)).toMatchObject({ q: '人工智能', sort: 'name' });
    await pickOption(user, 'Sort by', 'Best match');
    expect(lastQuery(api)).toMatchObject({ q: '人工智能' });
    expect(lastQuery(api)?.sort).toBeUndefined();
  });

  it('offers no best-match order without a search text', async () => {
    const api = signedInApi(makeUser(), {
      listMentors: jest.fn(() => Promise.resolve(page([anna, wei]))),
    });
    renderApp({ api, route: '/mentors' });
    await screen.findByRole('link', { name: 'Anna Schmidt' });
    expect(
      screen.getByRole('combobox', { name: 'Sort by' }),
    ).toHaveDisplayValue('Name');
    expect(
      screen.queryByRole('option', { name: 'Best match' }),
    ).not.toBeInTheDocument();
  });
});
