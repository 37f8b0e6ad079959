import type { Locale, ReasonView, TaxonomyName } from '@torchbridge/contracts';
import type { TFunction } from 'i18next';
import { countryName } from '../../lib/i18n/countries';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';

function list(value: ReasonView['params'][string] | undefined): string[] {
  if (Array.isArray(value)) {
    return value;
  }
  return typeof value === 'string' && value ? [value] : [];
}

function text(value: ReasonView['params'][string] | undefined): string {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : '';
}

function num(value: ReasonView['params'][string] | undefined): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** "A, B and C" in English, "A、B、C" in Chinese. */
export function joinList(
  items: readonly string[],
  t: TFunction<'matching'>,
): string {
  if (items.length <= 1) {
    return items.join('');
  }
  const separator = t('reasons.separator');
  return `${items.slice(0, -1).join(separator)}${t('reasons.and')}${items[items.length - 1]}`;
}

/** `founder` addresses the founder ("your needs"); `pair` describes the pair to a manager ("the startup's needs"). */
export type ReasonPerspective = 'founder' | 'pair';

/** One reason in the reader's language, built from its code and params with taxonomy labels. */
export function reasonText(
  reason: ReasonView,
  locale: Locale,
  t: TFunction<'matching'>,
  perspective: ReasonPerspective = 'founder',
): string {
  const { params } = reason;
  const pair = perspective === 'pair';
  const labels = (name: TaxonomyName, codes: readonly string[]) =>
    joinList(
      codes.map((code) => taxonomyLabel(name, code, locale)),
      t,
    );
  switch (reason.code) {
    case 'sector': {
      const sectors = list(params['sectors']);
      return t('reasons.sector', {
        count: sectors.length,
        list: labels('sectors', sectors),
      });
    }
    case 'stage':
      return t(pair ? 'reasons.pair.stage' : 'reasons.stage', {
        stage: taxonomyLabel('stages', text(params['stage']), locale),
      });
    case 'stage-near':
      return t(pair ? 'reasons.pair.stageNear' : 'reasons.stageNear', {
        stage: taxonomyLabel('stages', text(params['stage']), locale),
      });
    case 'needs': {
      const topics = list(params['topics']);
      return t(pair ? 'reasons.pair.needs' : 'reasons.needs', {
        count: topics.length,
        of: num(params['of']),
        list: labels('topics', topics),
      });
    }
    case 'language':
      return t('reasons.language', {
        list: labels('languages', list(params['languages'])),
      });
    case 'overlap':
      // Half hours are the finest step worth showing; the score itself uses minutes.
      return t('reasons.overlap', {
        hours: Math.round(num(params['minutes']) / 30) / 2,
      });
    case 'market': {
      const country = countryName(text(params['country']), locale);
      const direction = text(params['direction']);
      return direction === 'domestic'
        ? t(pair ? 'reasons.pair.marketDomestic' : 'reasons.marketDomestic', {
            country,
          })
        : t(pair ? 'reasons.pair.market' : 'reasons.market', {
            country,
            direction: taxonomyLabel('marketDirections', direction, locale),
          });
    }
    case 'load':
      return t('reasons.load', {
        free: num(params['free']),
        capacity: num(params['capacity']),
      });
  }
}
