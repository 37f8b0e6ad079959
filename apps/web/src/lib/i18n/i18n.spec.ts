import { LOCALE_STORAGE_KEY, createI18n, detectInitialLocale } from './i18n';

describe('detectInitialLocale', () => {
  beforeEach(() => window.localStorage.clear());

  it('prefers the choice remembered on this device', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    expect(detectInitialLocale(['en-GB'])).toBe('zh-CN');
  });

  it('ignores a remembered value that is not a UI language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    expect(detectInitialLocale(['en-US'])).toBe('en');
  });

  it('maps any Chinese browser language to Simplified Chinese and skips unsupported ones', () => {
    expect(detectInitialLocale(['zh-TW'])).toBe('zh-CN');
    expect(detectInitialLocale(['de-DE', 'zh'])).toBe('zh-CN');
    expect(detectInitialLocale(['de-DE', 'en-GB', 'zh-CN'])).toBe('en');
    expect(detectInitialLocale(['fr-FR'])).toBe('en');
  });
});

describe('createI18n', () => {
  it('translates in the requested language and keeps <html lang> in step', async () => {
    const i18n = createI18n('zh-CN');
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    expect(i18n.t('nav.signOut')).toBe('退出登录');

    await i18n.changeLanguage('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(i18n.t('nav.signOut')).toBe('Sign out');
  });
});
