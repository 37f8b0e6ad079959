import { screen, waitFor } from '@testing-library/react';
import { LOCALE_STORAGE_KEY } from '../lib/i18n/i18n';
import {
  authFor,
  makeUser,
  mockApi,
  renderApp,
  signedInApi,
} from '../testing/render-app';
import { pickOption } from '../testing/form-input';

describe('Language switch', () => {
  beforeEach(() => window.localStorage.clear());

  it('switches a signed-out page to Chinese and remembers the choice on this device', async () => {
    const { user, api } = renderApp({ route: '/sign-in' });
    await screen.findByRole('heading', { name: 'Sign in to Torchbridge' });

    await pickOption(user, 'Language', '简体中文');

    expect(
      screen.getByRole('heading', { level: 1, name: '登录火炬桥' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(api.updateMe).not.toHaveBeenCalled();
  });

  it('switches a signed-in page to Chinese and saves the choice to the account', async () => {
    const person = makeUser({ locale: 'en' });
    const api = signedInApi(person, {
      updateMe: jest.fn((changes) =>
        Promise.resolve({ ...person, ...changes }),
      ),
    });
    const { user } = renderApp({ api, route: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Li Wei' });

    await pickOption(user, 'Language', 'zh-CN');

    expect(
      screen.getByRole('heading', { level: 1, name: '欢迎，Li Wei' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '退出登录' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '科技园区' })).toBeInTheDocument();
    expect(api.updateMe).toHaveBeenCalledWith({ locale: 'zh-CN' });
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
  });

  it('keeps the new language but says so when the account could not be updated', async () => {
    const person = makeUser();
    const api = signedInApi(person, {
      updateMe: jest.fn(() => Promise.reject(new Error('offline'))),
    });
    const { user } = renderApp({ api, route: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Li Wei' });

    await pickOption(user, 'Language', 'zh-CN');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '未能将语言设置保存到你的账户',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: '欢迎，Li Wei' }),
    ).toBeInTheDocument();
  });

  it('adopts the language saved on the account when signing in', async () => {
    const person = makeUser({ locale: 'zh-CN', displayName: '李伟' });
    const api = mockApi({
      login: jest.fn(() => Promise.resolve(authFor(person))),
    });
    const { user } = renderApp({ api, route: '/sign-in' });

    await user.type(await screen.findByLabelText('Email'), 'li.wei@example.cn');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: '欢迎，李伟' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    await waitFor(() =>
      expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN'),
    );
    expect(api.updateMe).not.toHaveBeenCalled();
  });
});
