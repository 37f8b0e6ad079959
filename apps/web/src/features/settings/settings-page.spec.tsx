import { ApiError } from '@torchbridge/api-client';
import type { UpdateMeRequest } from '@torchbridge/contracts';
import { screen, within } from '@testing-library/react';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

describe('Settings page', () => {
  it('saves only the changed fields and shows the new name on the home page', async () => {
    const person = makeUser({
      displayName: 'Li Wei',
      timeZone: 'Asia/Shanghai',
    });
    const api = signedInApi(person, {
      updateMe: jest.fn((changes: UpdateMeRequest) =>
        Promise.resolve({ ...person, ...changes }),
      ),
    });
    const { user } = renderApp({ api, route: '/settings' });

    const name = await screen.findByLabelText('Display name');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue(
      'Asia/Shanghai',
    );
    await user.clear(name);
    await user.type(name, '李伟 Li Wei');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('Your changes have been saved.'),
    ).toBeInTheDocument();
    expect(api.updateMe).toHaveBeenCalledWith({ displayName: '李伟 Li Wei' });

    await user.click(
      within(screen.getByRole('navigation')).getByRole('link', {
        name: 'Home',
      }),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome, 李伟 Li Wei' }),
    ).toBeInTheDocument();
  });

  it('names the rejected field when the server refuses a time zone', async () => {
    const api = signedInApi(makeUser(), {
      updateMe: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            error: 'Bad Request',
            message: 'Validation failed',
            details: [
              {
                field: 'timeZone',
                messages: [
                  'timeZone must be an IANA time zone such as Asia/Shanghai or Europe/Berlin',
                ],
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/settings' });

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Time zone' }),
      'Europe/Berlin',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Time zone: timeZone must be an IANA time zone',
    );
    expect(api.updateMe).toHaveBeenCalledWith({ timeZone: 'Europe/Berlin' });
  });

  it('switches the display language from the settings page too', async () => {
    const person = makeUser();
    const api = signedInApi(person, {
      updateMe: jest.fn((changes: UpdateMeRequest) =>
        Promise.resolve({ ...person, ...changes }),
      ),
    });
    const { user } = renderApp({ api, route: '/settings' });

    // Only the header picker may be labelled with the word "language", in either language.
    expect(await screen.findAllByLabelText(/language/i)).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: '简体中文' }));
    expect(screen.getAllByLabelText(/语言/)).toHaveLength(1);

    expect(
      screen.getByRole('heading', { level: 1, name: '设置' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    expect(api.updateMe).toHaveBeenCalledWith({ locale: 'zh-CN' });
  });
});
