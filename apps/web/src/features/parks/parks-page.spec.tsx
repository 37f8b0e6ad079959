import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { PARKS } from '../../testing/parks';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { pickOption } from '../../testing/form-input';

function parkHeadings() {
  return within(screen.getByRole('main'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
}

describe('Science parks page', () => {
  it('lists the parks and searches by name in either language', async () => {
    const api = signedInApi(makeUser(), {
      parks: jest.fn(() => Promise.resolve(PARKS)),
    });
    const { user } = renderApp({ api, route: '/parks' });

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Zhongguancun Science Park',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Showing 3 of 3 science parks.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'www.zgc.gov.cn' }),
    ).toHaveAttribute('href', 'http://www.zgc.gov.cn');

    await user.type(
      screen.getByRole('searchbox', { name: 'Search by name' }),
      '太原',
    );

    expect(parkHeadings()).toEqual([
      'National High-tech Industrial Development Zone of Taiyuan',
    ]);
    expect(
      screen.getByText('Showing 1 of 3 science parks.'),
    ).toBeInTheDocument();
  });

  it('filters by region and says when nothing matches', async () => {
    const api = signedInApi(makeUser(), {
      parks: jest.fn(() => Promise.resolve(PARKS)),
    });
    const { user } = renderApp({ api, route: '/parks' });
    await screen.findByRole('heading', { level: 2, name: 'Berlin Adlershof' });

    await pickOption(user, 'Region', 'Outside China');
    expect(parkHeadings()).toEqual(['Berlin Adlershof']);

    await user.type(
      screen.getByRole('searchbox', { name: 'Search by name' }),
      'zhongguancun',
    );
    expect(
      screen.getByText('No science parks match your search.'),
    ).toBeInTheDocument();
  });

  it('shows Chinese names and region labels in Chinese, falling back to the English name', async () => {
    const api = signedInApi(makeUser({ locale: 'zh-CN' }), {
      parks: jest.fn(() => Promise.resolve(PARKS)),
    });
    renderApp({ api, route: '/parks', locale: 'zh-CN' });

    expect(
      await screen.findByRole('heading', { level: 1, name: '科技园区' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: '中关村科技园区' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Berlin Adlershof' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Zhongguancun Science Park')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getAllByText('东部地区').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('option', { name: '中国境外' }),
    ).toBeInTheDocument();
  });

  it('reports a failed load in an alert and can try again', async () => {
    const parks = jest
      .fn()
      .mockRejectedValueOnce(
        new ApiError({ status: 503, message: 'Service Unavailable' }),
      )
      .mockResolvedValueOnce(PARKS);
    const { user } = renderApp({
      api: signedInApi(makeUser(), { parks }),
      route: '/parks',
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The science parks could not be loaded.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Zhongguancun Science Park',
      }),
    ).toBeInTheDocument();
    expect(parks).toHaveBeenCalledTimes(2);
  });
});
