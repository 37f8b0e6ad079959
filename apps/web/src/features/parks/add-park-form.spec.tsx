import { ApiError, type ParkListItem } from '@torchbridge/api-client';
import { screen } from '@testing-library/react';
import { PARKS } from '../../testing/parks';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { typeText } from '../../testing/form-input';

describe('Adding a park', () => {
  it('is offered to managers and refreshes the list after adding', async () => {
    const added: ParkListItem = {
      id: 'b7f1c1d2-0001-4000-8000-000000000004',
      nameEn: 'Munich Technology Centre',
      nameZh: null,
      city: 'Munich',
      province: null,
      country: 'DE',
      region: 'international',
      website: 'https://www.mtz.de',
      torchNo: null,
      incubatorCount: 0,
    };
    const parks = jest
      .fn()
      .mockResolvedValueOnce(PARKS)
      .mockResolvedValue([...PARKS, added]);
    const api = signedInApi(makeUser({ role: 'manager' }), {
      parks,
      createPark: jest.fn(() => Promise.resolve(added)),
    });
    const { user } = renderApp({ api, route: '/parks' });

    const toggle = await screen.findByRole('button', {
      name: 'Add a park or hub',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(
      screen.getByRole('region', { name: 'Add a park or hub' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Name in English' }),
    ).toHaveFocus();
    await typeText(user, 'Name in English', 'Munich Technology Centre');
    await typeText(user, 'City', 'Munich');
    await typeText(user, 'Country', 'de');
    await typeText(user, 'Website', 'https://www.mtz.de');
    await user.click(screen.getByRole('button', { name: 'Add park' }));

    expect(
      await screen.findByText('Munich Technology Centre has been added.'),
    ).toBeInTheDocument();
    expect(api.createPark).toHaveBeenCalledWith({
      nameEn: 'Munich Technology Centre',
      city: 'Munich',
      country: 'DE',
      region: 'international',
      website: 'https://www.mtz.de',
    });
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Munich Technology Centre',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Name in English' }),
    ).toHaveValue('');
  });

  it('shows a refused country next to the field', async () => {
    const api = signedInApi(makeUser({ role: 'admin' }), {
      parks: jest.fn(() => Promise.resolve(PARKS)),
      createPark: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            message: 'Bad Request',
            details: [
              {
                field: 'country',
                messages: [
                  'country must be an ISO 3166-1 alpha-2 country code such as CN or DE',
                ],
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/parks' });

    await user.click(
      await screen.findByRole('button', { name: 'Add a park or hub' }),
    );
    await typeText(user, 'Name in English', 'Somewhere');
    await typeText(user, 'City', 'X');
    await user.click(screen.getByRole('button', { name: 'Add park' }));

    expect(
      await screen.findByRole('textbox', { name: 'Country' }),
    ).toHaveAccessibleDescription(
      'Two-letter code, for example CN or DE. country must be an ISO 3166-1 alpha-2 country code such as CN or DE',
    );
  });

  it('is not offered to founders', async () => {
    renderApp({
      api: signedInApi(makeUser({ role: 'founder' }), {
        parks: jest.fn(() => Promise.resolve(PARKS)),
      }),
      route: '/parks',
    });
    await screen.findByRole('heading', { level: 2, name: 'Berlin Adlershof' });
    expect(
      screen.queryByRole('button', { name: 'Add a park or hub' }),
    ).not.toBeInTheDocument();
  });
});
