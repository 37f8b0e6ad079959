import type {
  StartupDetail,
  StartupProfileInput,
} from '@torchbridge/contracts';

/** What the inputs hold: numbers stay text until submit so a half-typed value is not lost. */
export interface StartupFormState
  extends Omit<
    StartupProfileInput,
    'parkId' | 'foundedYear' | 'teamSize' | 'targetMarkets'
  > {
  foundedYear: string;
  teamSize: string;
  targetMarkets: string;
}

export function emptyStartupForm(timeZone: string): StartupFormState {
  return {
    nameEn: '',
    nameZh: '',
    incubatorId: '',
    sectors: [],
    stage: 'idea',
    foundedYear: '',
    teamSize: '',
    languages: [],
    timeZone,
    marketDirection: 'china-to-europe',
    targetMarkets: '',
    needs: [],
    pitchEn: '',
    pitchZh: '',
    highTechEnterprise: false,
  };
}

export function startupFormFrom(detail: StartupDetail): StartupFormState {
  return {
    nameEn: detail.nameEn,
    nameZh: detail.nameZh,
    incubatorId: detail.incubatorId,
    sectors: [...detail.sectors],
    stage: detail.stage,
    foundedYear: String(detail.foundedYear),
    teamSize: String(detail.teamSize),
    languages: [...detail.languages],
    timeZone: detail.timeZone,
    marketDirection: detail.marketDirection,
    targetMarkets: detail.targetMarkets.join(', '),
    needs: [...detail.needs],
    pitchEn: detail.pitchEn,
    pitchZh: detail.pitchZh,
    highTechEnterprise: detail.highTechEnterprise,
  };
}

/** "de, fr nl" → ["DE", "FR", "NL"]; the server checks each is a country code. */
export function splitCountryCodes(text: string): string[] {
  return text
    .split(/[\s,;，、]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

/** A number when the text is one, otherwise NaN so the server names the field. */
export function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function startupInputFrom(
  state: StartupFormState,
  parkId: string | undefined,
): StartupProfileInput {
  return {
    ...state,
    parkId,
    foundedYear: toNumber(state.foundedYear),
    teamSize: toNumber(state.teamSize),
    targetMarkets: splitCountryCodes(state.targetMarkets),
  };
}
