import type { Locale, StartupCard } from '@torchbridge/contracts';
import { pickText, type BilingualText } from '../../lib/i18n/bilingual';

export function startupName(
  startup: StartupCard,
  locale: Locale,
): BilingualText {
  return pickText(startup.nameEn, startup.nameZh, locale);
}

export function incubatorName(
  startup: StartupCard,
  locale: Locale,
): BilingualText {
  return pickText(startup.incubatorNameEn, startup.incubatorNameZh, locale);
}
