import { screen, within } from '@testing-library/react';
import { makeStartup, makeStartupDetail, page } from '../../testing/directory';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { pickOption } from '../../testing/form-input';

describe('Startup directory', () => {
  it('filters by need, region and market direction', async () => {
    const api = signedInApi(
      makeUser({ role: 'mentor', timeZone: 'Europe/Berlin' }),
      {
        listStartups: jest.fn(() => Promise.resolve(page([makeStartup()]))),
      },
    );
    const { user } = renderApp({ api, route: '/startups' });

    const card = within(
      (await screen.findByRole('link', { name: 'Lumen Photonics' })).closest(
        'li',
      ) as HTMLElement,
    );
    expect(
      card.getByText('Zhongguancun Returnee Venture Park'),
    ).toBeInTheDocument();
    expect(card.getByText('China → Europe')).toBeInTheDocument();
    expect(
      card.getByText('Certification (CE, CCC), Fundraising & VC'),
    ).toBeInTheDocument();

    await pickOption(user, 'Need', 'Pricing');
    await pickOption(user, 'Region', 'Outside China');
    await pickOption(user, 'Market direction', 'Europe → China');

    expect(api.listStartups).toHaveBeenLastCalledWith({
      q: undefined,
      sector: [],
      stage: [],
      topic: ['pricing'],
      language: [],
      region: ['international'],
      marketDirection: 'europe-to-china',
      cursor: undefined,
    });
  });

  it('is not offered to founders', async () => {
    const api = signedInApi(makeUser({ role: 'founder' }));
    renderApp({ api, route: '/startups' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available' }),
    ).toBeInTheDocument();
    expect(api.listStartups).not.toHaveBeenCalled();
  });

  it('shows a startup’s pitch, needs and founders in Chinese', async () => {
    const api = signedInApi(makeUser({ role: 'mentor', locale: 'zh-CN' }), {
      startup: jest.fn(() => Promise.resolve(makeStartupDetail())),
    });
    renderApp({
      api,
      route: '/startups/5ca1ab1e-0000-4000-8000-000000000001',
      locale: 'zh-CN',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: '流明光电' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('面向农业机器人的激光雷达光学器件。'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: '希望获得帮助的领域' }),
    ).toHaveTextContent('融资与风险投资');
    expect(screen.getByText('高新技术企业')).toBeInTheDocument();
    expect(screen.getByText('德国, 荷兰')).toBeInTheDocument();
    expect(screen.getByText('Zhou Min')).toBeInTheDocument();
  });
});
