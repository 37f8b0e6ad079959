import type { Locale } from '@torchbridge/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/services-context';
import { useAuth } from '../auth/auth-context';
import { currentLocale, rememberLocale } from './i18n';

export interface LocaleSwitch {
  locale: Locale;
  changeLocale(next: Locale): void;
  /** True when the choice applied here but could not be saved to the account. */
  saveFailed: boolean;
}

/** Switches the UI language at once; when signed in it is also saved to the account so every device follows. */
export function useLocaleSwitch(): LocaleSwitch {
  const { i18n } = useTranslation();
  const { user, updateUser } = useAuth();
  const api = useApi();
  const save = useMutation({
    mutationFn: (locale: Locale) => api.updateMe({ locale }),
    onSuccess: updateUser,
  });

  return {
    locale: currentLocale(i18n),
    changeLocale(next) {
      void i18n.changeLanguage(next);
      rememberLocale(next);
      if (user) {
        save.mutate(next);
      }
    },
    saveFailed: save.isError,
  };
}

/** Adopts the account's language once per sign-in (including a restored session after a reload). */
export function useAdoptAccountLocale(): void {
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const adoptedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!user) {
      adoptedFor.current = null;
      return;
    }
    // Later changes to user.locale come from this device's own switch, which already applied them.
    if (adoptedFor.current === user.id) {
      return;
    }
    adoptedFor.current = user.id;
    if (currentLocale(i18n) !== user.locale) {
      void i18n.changeLanguage(user.locale);
    }
    rememberLocale(user.locale);
  }, [user, i18n]);
}
