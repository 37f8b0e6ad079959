import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { INCUBATORS, makeStartupDetail } from '../../testing/directory';
import { PARKS } from '../../testing/parks';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { pickOption, typeNumber, typeText } from '../../testing/form-input';

function founderApi(overrides: Parameters<typeof signedInApi>[1] = {}) {
  return signedInApi(makeUser({ role: 'founder', timeZone: 'Asia/Shanghai' }), {
    parks: jest.fn(() => Promise.resolve(PARKS)),
    incubators: jest.fn(() => Promise.resolve(INCUBATORS)),
    ...overrides,
  });
}

describe('My startup', () => {
  it('creates a startup, sending the incubator with its park and the chosen codes', async () => {
    const api = founderApi({
      myStartup: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'startup.profile_missing',
            message: 'You have no startup profile yet',
          }),
        ),
      ),
      saveStartup: jest.fn(() => Promise.resolve(makeStartupDetail())),
    });
    const { user } = renderApp({ api, route: '/me/startup' });

    expect(
      await screen.findByText(
        'You have no startup profile yet. Fill in the form to create one.',
      ),
    ).toBeInTheDocument();
    const incubator = screen.getByRole('combobox', { name: 'Incubator' });
    expect(
      within(incubator).getByRole('group', { name: 'Berlin Adlershof' }),
    ).toContainElement(
      within(incubator).getByRole('option', {
        name: 'Adlershof Start-up Centre',
      }),
    );

    await typeText(user, 'Name in English', 'Lumen Photonics');
    await typeText(user, 'Name in Chinese', '流明光电');
    await user.selectOptions(incubator, 'Zhongguancun Returnee Venture Park');
    const sectors = screen.getByRole('group', { name: 'Sectors' });
    await user.click(
      within(sectors).getByRole('checkbox', { name: 'Optoelectronics' }),
    );
    await pickOption(user, 'Stage', 'Prototype');
    await typeNumber(user, 'Founded in (year)', '2023');
    await typeNumber(user, 'Team size', '12');
    await user.click(
      within(
        screen.getByRole('group', { name: 'Languages your team speaks' }),
      ).getByRole('checkbox', {
        name: 'Mandarin Chinese',
      }),
    );
    await user.click(
      within(
        screen.getByRole('group', { name: 'Where you need help' }),
      ).getByRole('checkbox', {
        name: 'Certification (CE, CCC)',
      }),
    );
    await typeText(user, 'Target markets', 'de, nl');
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Recognised as a national high-tech enterprise',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(
      await screen.findByText('Your profile has been saved.'),
    ).toBeInTheDocument();
    expect(api.saveStartup).toHaveBeenCalledWith({
      nameEn: 'Lumen Photonics',
      nameZh: '流明光电',
      incubatorId: INCUBATORS[0]?.id,
      parkId: PARKS[0]?.id,
      sectors: ['optoelectronics'],
      stage: 'prototype',
      foundedYear: 2023,
      teamSize: 12,
      languages: ['zh'],
      timeZone: 'Asia/Shanghai',
      marketDirection: 'china-to-europe',
      targetMarkets: ['DE', 'NL'],
      needs: ['certification'],
      pitchEn: '',
      pitchZh: '',
      highTechEnterprise: true,
    });
  });

  it('shows the field the server rejected next to that field and moves focus there', async () => {
    const api = founderApi({
      myStartup: jest.fn(() => Promise.resolve(makeStartupDetail())),
      saveStartup: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            message: 'Bad Request',
            details: [
              { field: 'teamSize', messages: ['teamSize must be at least 1'] },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/me/startup' });

    const teamSize = await screen.findByRole('spinbutton', {
      name: 'Team size',
    });
    expect(teamSize).toHaveValue(12);
    await user.clear(teamSize);
    await user.type(teamSize, '0');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Team size: teamSize must be at least 1',
    );
    expect(teamSize).toHaveAccessibleDescription('teamSize must be at least 1');
    expect(teamSize).toHaveAttribute('aria-invalid', 'true');
    expect(teamSize).toHaveFocus();
    expect(api.saveStartup).toHaveBeenCalledWith(
      expect.objectContaining({ teamSize: 0 }),
    );
  });

  it('labels the choices in Chinese', async () => {
    const api = signedInApi(makeUser({ role: 'founder', locale: 'zh-CN' }), {
      parks: jest.fn(() => Promise.resolve(PARKS)),
      incubators: jest.fn(() => Promise.resolve(INCUBATORS)),
      myStartup: jest.fn(() => Promise.resolve(makeStartupDetail())),
    });
    renderApp({ api, route: '/me/startup', locale: 'zh-CN' });

    const sectors = await screen.findByRole('group', { name: '行业' });
    expect(
      within(sectors).getByRole('checkbox', { name: '光电子' }),
    ).toBeChecked();
    expect(screen.getByRole('radio', { name: '中国 → 欧洲' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: '孵化器' })).toHaveDisplayValue(
      '中关村留学人员创业园',
    );
  });
});
