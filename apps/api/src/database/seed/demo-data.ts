import { LANGUAGES, REGIONS } from '@torchbridge/contracts';
import type {
  Bilingual,
  IncubatorKindCode,
  LanguageCode,
  Locale,
  MarketDirectionCode,
  MentorCategoryCode,
  RegionCode,
  Role,
  SectorCode,
  StageCode,
  TopicCode,
  VettingState,
} from '@torchbridge/contracts';
import { DEMO_MENTOR_PERSONA, MENTOR_HOMES, MENTOR_PERSONAS, type NameOrigin } from './data/mentor-personas';
import {
  CN_EXCLUDED_NAMES,
  CN_GIVEN_NAMES,
  CN_SURNAMES,
  DE_FIRST_NAMES,
  DE_SURNAMES,
  FR_FIRST_NAMES,
  FR_SURNAMES,
  GB_FIRST_NAMES,
  GB_SURNAMES,
  NL_FIRST_NAMES,
  NL_SURNAMES,
  type NamePart,
} from './data/name-pools';
import stipList from './data/national-stips-2007.json';
import { CITY_NAMES_ZH, PARK_NAMES_ZH } from './data/park-names-zh';
import {
  CN_BRANDS,
  EU_BRANDS,
  MARKET_NAMES,
  type Product,
  RELATED_SECTORS,
  SECTOR_PRODUCTS,
  SECTOR_SUFFIXES,
} from './data/startup-catalogue';

// ---------------------------------------------------------------------------------------------
// Output shapes: plain rows keyed by natural keys (emails, torch numbers, names) instead of ids,
// so the seed can upsert them and look ids up afterwards.
// ---------------------------------------------------------------------------------------------

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  timeZone: string;
}

export type HubKey = 'berlin' | 'london' | 'munich';

export type ParkRef = { torchNo: number } | { hub: HubKey };

export interface DemoPark {
  torchNo: number | null;
  hub: HubKey | null;
  nameEn: string;
  nameZh: string;
  city: string;
  province: string | null;
  country: string;
  region: RegionCode;
  website: string | null;
}

export interface DemoIncubator {
  key: string;
  nameEn: string;
  nameZh: string;
  park: ParkRef;
  kind: IncubatorKindCode;
  city: string;
  country: string;
}

export interface DemoMentor {
  userEmail: string;
  category: MentorCategoryCode;
  headlineEn: string;
  headlineZh: string;
  bioEn: string;
  bioZh: string;
  sectors: SectorCode[];
  stages: StageCode[];
  topics: TopicCode[];
  languages: LanguageCode[];
  timeZone: string;
  country: string;
  city: string;
  capacity: number;
  status: 'open' | 'paused';
  pausedUntil: string | null;
  conflicts: string[];
  vetting: VettingState;
  vettingReason: string | null;
  vettedByEmail: string | null;
  vettedAt: string | null;
}

export interface DemoStartup {
  nameEn: string;
  nameZh: string;
  incubatorKey: string;
  founderEmail: string;
  sectors: SectorCode[];
  stage: StageCode;
  foundedYear: number;
  teamSize: number;
  languages: LanguageCode[];
  timeZone: string;
  marketDirection: MarketDirectionCode;
  targetMarkets: string[];
  needs: TopicCode[];
  pitchEn: string;
  pitchZh: string;
  highTechEnterprise: boolean;
}

export interface DemoData {
  users: DemoUser[];
  parks: DemoPark[];
  incubators: DemoIncubator[];
  incubatorManagers: { incubatorKey: string; userEmail: string }[];
  mentors: DemoMentor[];
  startups: DemoStartup[];
}

export const DEMO_LOGINS = {
  admin: 'admin@torchbridge.dev',
  manager: 'manager@torchbridge.dev',
  founder: 'founder@demo.torchbridge.dev',
  mentor: 'mentor@demo.torchbridge.dev',
} as const;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`demo data: index ${index} out of range (${items.length})`);
  }
  return item;
}

class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) {
        return value;
      }
    }
    return at(entries, entries.length - 1)[0];
  }

  /** Up to `count` distinct values, each drawn by weight from those not yet taken. */
  weightedDistinct<T>(entries: readonly (readonly [T, number])[], count: number): T[] {
    const remaining = [...entries];
    const taken: T[] = [];
    while (taken.length < count && remaining.length > 0) {
      const value = this.weighted(remaining);
      taken.push(value);
      remaining.splice(
        remaining.findIndex(([candidate]) => candidate === value),
        1,
      );
    }
    return taken;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = swap;
    }
    return copy;
  }
}

/** Hands out items in a shuffled order and reshuffles when exhausted, so repeats are spread evenly. */
class Deck<T> {
  private queue: T[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly items: readonly T[],
  ) {}

  draw(): T {
    if (this.queue.length === 0) {
      this.queue = this.rng.shuffle(this.items);
    }
    const item = this.queue.pop();
    if (item === undefined) {
      throw new Error('demo data: empty deck');
    }
    return item;
  }
}

// One stream per section, so editing the mentors does not reshuffle every startup (and vice versa).
const SEEDS = { names: 0x70c4b21d, mentors: 0x5eed_0001, startups: 0x5eed_0002 } as const;

// ---------------------------------------------------------------------------------------------
// Parks
// ---------------------------------------------------------------------------------------------

const REGION_CODES: ReadonlySet<string> = new Set(REGIONS.map((entry) => entry.code));

function isRegion(value: string): value is RegionCode {
  return REGION_CODES.has(value);
}

export const HUBS: Readonly<
  Record<HubKey, Omit<DemoPark, 'torchNo' | 'hub' | 'region'> & { timeZone: string; cityZh: string }>
> = {
  berlin: {
    nameEn: 'Berlin Adlershof Science and Technology Park',
    nameZh: '柏林阿德勒斯霍夫科技园',
    city: 'Berlin',
    cityZh: '柏林',
    province: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    website: 'https://www.adlershof.de',
  },
  london: {
    nameEn: 'London Tech City Innovation Hub',
    nameZh: '伦敦科技城创新中心',
    city: 'London',
    cityZh: '伦敦',
    province: 'England',
    country: 'GB',
    timeZone: 'Europe/London',
    website: null,
  },
  munich: {
    nameEn: 'Munich Garching Research Campus',
    nameZh: '慕尼黑加兴科研园区',
    city: 'Munich',
    cityZh: '慕尼黑',
    province: 'Bavaria',
    country: 'DE',
    // Europe/Munich does not exist; Germany has one zone.
    timeZone: 'Europe/Berlin',
    website: null,
  },
};

function buildParks(): DemoPark[] {
  const stips: DemoPark[] = stipList.map((stip) => {
    const nameZh = PARK_NAMES_ZH[stip.no];
    if (nameZh === undefined) {
      throw new Error(`demo data: no Chinese name for park ${stip.no}`);
    }
    if (!isRegion(stip.region)) {
      throw new Error(`demo data: park ${stip.no} has unknown region ${stip.region}`);
    }
    return {
      torchNo: stip.no,
      hub: null,
      nameEn: stip.name,
      nameZh,
      city: stip.city,
      province: stip.province,
      country: 'CN',
      region: stip.region,
      website: stip.website === '' ? null : stip.website,
    };
  });
  const hubs = (Object.keys(HUBS) as HubKey[]).map((hub): DemoPark => {
    const { nameEn, nameZh, city, province, country, website } = HUBS[hub];
    return { torchNo: null, hub, nameEn, nameZh, city, province, country, region: 'international', website };
  });
  return [...stips, ...hubs];
}

function stipByNo(no: number): { city: string } {
  const stip = stipList.find((entry) => entry.no === no);
  if (stip === undefined) {
    throw new Error(`demo data: no national park ${no}`);
  }
  return stip;
}

// ---------------------------------------------------------------------------------------------
// Incubators
// ---------------------------------------------------------------------------------------------

interface IncubatorSpec {
  key: string;
  nameEn: string;
  nameZh: string;
  kind: IncubatorKindCode;
  park: ParkRef;
  focus: readonly SectorCode[];
  startups: number;
}

const DEMO_INCUBATOR = 'shenzhen-returnee';

const INCUBATOR_SPECS: readonly IncubatorSpec[] = [
  {
    key: 'tsinghua-science-park',
    nameEn: 'Tsinghua University Science Park',
    nameZh: '清华大学科技园',
    kind: 'university-science-park',
    park: { torchNo: 1 },
    focus: ['ai', 'semiconductors', 'software', 'aerospace', 'new-energy'],
    startups: 14,
  },
  {
    key: 'zhongguancun-returnee',
    nameEn: 'Zhongguancun Haidian Returnee Entrepreneurs Park',
    nameZh: '中关村留学人员海淀创业园',
    kind: 'returnee',
    park: { torchNo: 1 },
    focus: ['ai', 'biotech', 'software', 'fintech', 'medical-devices'],
    startups: 13,
  },
  {
    key: DEMO_INCUBATOR,
    nameEn: 'Shenzhen Returnee Entrepreneurs Park',
    nameZh: '深圳留学生创业园',
    kind: 'returnee',
    park: { torchNo: 36 },
    focus: ['communication-equipment', 'optoelectronics', 'smart-manufacturing', 'new-energy', 'medical-devices'],
    startups: 14,
  },
  {
    key: 'shenzhen-virtual-university-park',
    nameEn: 'Shenzhen Virtual University Park',
    nameZh: '深圳虚拟大学园',
    kind: 'university-science-park',
    park: { torchNo: 36 },
    focus: ['optoelectronics', 'ai', 'semiconductors', 'nev'],
    startups: 13,
  },
  {
    key: 'zhangjiang-biomedicine',
    nameEn: 'Zhangjiang Biomedicine Incubator',
    nameZh: '张江生物医药孵化器',
    kind: 'sector-specific',
    park: { torchNo: 14 },
    focus: ['biotech', 'medical-devices'],
    startups: 12,
  },
  {
    key: 'zhejiang-university-science-park',
    nameEn: 'Zhejiang University Science Park',
    nameZh: '浙江大学科技园',
    kind: 'university-science-park',
    park: { torchNo: 19 },
    focus: ['software', 'ai', 'smart-manufacturing', 'cleantech', 'fintech'],
    startups: 13,
  },
  {
    key: 'suzhou-medical-devices',
    nameEn: 'Suzhou Medical Device Industrial Park Incubator',
    nameZh: '苏州医疗器械产业园孵化器',
    kind: 'sector-specific',
    park: { torchNo: 18 },
    focus: ['medical-devices', 'biotech', 'advanced-materials'],
    startups: 11,
  },
  {
    key: 'wuhan-optics-valley',
    nameEn: 'Wuhan Optics Valley Photonics Incubator',
    nameZh: '武汉光谷光电子孵化器',
    kind: 'sector-specific',
    park: { torchNo: 31 },
    focus: ['optoelectronics', 'communication-equipment', 'semiconductors'],
    startups: 12,
  },
  {
    key: 'chengdu-tianfu-software',
    nameEn: 'Tianfu Software Park Startup Hub',
    nameZh: '天府软件园创业场',
    kind: 'private',
    park: { torchNo: 45 },
    focus: ['software', 'ai', 'fintech', 'aerospace'],
    startups: 12,
  },
  {
    key: 'xian-international',
    nameEn: "Xi'an Hi-Tech International Business Incubator",
    nameZh: '西安高新区国际企业孵化器',
    kind: 'international',
    park: { torchNo: 49 },
    focus: ['aerospace', 'advanced-materials', 'new-energy', 'semiconductors', 'agritech'],
    startups: 11,
  },
  {
    key: 'sino-german-berlin',
    nameEn: 'Sino-German Innovation Hub Berlin',
    nameZh: '中德创新中心（柏林）',
    kind: 'international',
    park: { hub: 'berlin' },
    focus: ['software', 'ai', 'cleantech', 'nev', 'medical-devices', 'smart-manufacturing'],
    startups: 12,
  },
  {
    key: 'uk-china-london',
    nameEn: 'UK-China Tech Bridge London',
    nameZh: '英中科技桥（伦敦）',
    kind: 'international',
    park: { hub: 'london' },
    focus: ['fintech', 'biotech', 'ai', 'cleantech'],
    startups: 13,
  },
];

interface IncubatorPlace {
  city: string;
  cityZh: string;
  country: string;
  timeZone: string;
}

function placeOf(park: ParkRef): IncubatorPlace {
  if ('hub' in park) {
    const { city, cityZh, country, timeZone } = HUBS[park.hub];
    return { city, cityZh, country, timeZone };
  }
  const { city } = stipByNo(park.torchNo);
  return { city, cityZh: cityZh(city), country: 'CN', timeZone: 'Asia/Shanghai' };
}

function cityZh(city: string): string {
  const zh = CITY_NAMES_ZH[city];
  if (zh === undefined) {
    throw new Error(`demo data: no Chinese name for city ${city}`);
  }
  return zh;
}

function buildIncubators(): DemoIncubator[] {
  return INCUBATOR_SPECS.map(({ key, nameEn, nameZh, kind, park }) => {
    const { city, country } = placeOf(park);
    return { key, nameEn, nameZh, park, kind, city, country };
  });
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

interface PersonName {
  displayName: string;
  /** ASCII `given.family`, for mentor e-mail addresses. */
  emailLocal: string;
}

const NAME_POOLS: Readonly<
  Record<Exclude<NameOrigin, 'cn'>, { first: readonly NamePart[]; last: readonly NamePart[] }>
> = {
  de: { first: DE_FIRST_NAMES, last: DE_SURNAMES },
  gb: { first: GB_FIRST_NAMES, last: GB_SURNAMES },
  fr: { first: FR_FIRST_NAMES, last: FR_SURNAMES },
  nl: { first: NL_FIRST_NAMES, last: NL_SURNAMES },
};

function asciiLocal(...parts: string[]): string {
  return parts
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .join('.');
}

/** Draws people's names without repeats across the whole data set. */
class NameBook {
  private readonly used = new Set<string>();
  // Decks rather than independent picks, so every first name and surname gets used before any repeats.
  private readonly decks = new Map<string, Deck<NamePart>>();

  constructor(
    private readonly rng: Rng,
    reserved: readonly string[],
  ) {
    reserved.forEach((name) => this.used.add(name.toLowerCase()));
  }

  /** European names get their Chinese transliteration only when `bilingual` (founders show both). */
  draw(origin: NameOrigin, bilingual: boolean): PersonName {
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const name = origin === 'cn' ? this.chinese() : this.european(origin, bilingual);
      if (!this.used.has(name.key) && !CN_EXCLUDED_NAMES.has(name.latin)) {
        this.used.add(name.key);
        return { displayName: name.displayName, emailLocal: name.emailLocal };
      }
    }
    throw new Error(`demo data: ran out of ${origin} names`);
  }

  private deal(pool: string, items: readonly NamePart[]): NamePart {
    let deck = this.decks.get(pool);
    if (deck === undefined) {
      deck = new Deck(this.rng, items);
      this.decks.set(pool, deck);
    }
    return deck.draw();
  }

  private chinese(): PersonName & { key: string; latin: string } {
    const [family, familyZh] = this.deal('cn-family', CN_SURNAMES);
    const [given, givenZh] = this.deal('cn-given', CN_GIVEN_NAMES);
    const latin = `${family} ${given}`;
    return {
      key: latin.toLowerCase(),
      latin,
      displayName: `${latin} ${familyZh}${givenZh}`,
      emailLocal: asciiLocal(given, family),
    };
  }

  private european(origin: Exclude<NameOrigin, 'cn'>, bilingual: boolean): PersonName & { key: string; latin: string } {
    const pool = NAME_POOLS[origin];
    const [first, firstZh] = this.deal(`${origin}-first`, pool.first);
    const [last, lastZh] = this.deal(`${origin}-last`, pool.last);
    const latin = `${first} ${last}`;
    return {
      key: latin.toLowerCase(),
      latin,
      displayName: bilingual ? `${latin} ${firstZh}·${lastZh}` : latin,
      emailLocal: asciiLocal(first, last),
    };
  }
}

const DEMO_FOUNDER_NAME = 'Lin Xiaoyu 林晓宇';
const DEMO_MENTOR_NAME = 'Katrin Bauer';

// ---------------------------------------------------------------------------------------------
// Mentors
// ---------------------------------------------------------------------------------------------

const LANGUAGE_NAMES_EN: Readonly<Record<LanguageCode, string>> = {
  zh: 'Mandarin',
  en: 'English',
  de: 'German',
  fr: 'French',
  yue: 'Cantonese',
};

function languageNameZh(code: LanguageCode): string {
  const entry = LANGUAGES.find((language) => language.code === code);
  if (entry === undefined) {
    throw new Error(`demo data: unknown language ${code}`);
  }
  return entry.label.zh;
}

function listEn(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${at(items, items.length - 1)}`;
}

function listZh(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join('、')}和${at(items, items.length - 1)}`;
}

const REJECTION_REASONS = [
  'References could not confirm the employment history given in the bio.',
  'The offer is a paid consulting package; mentoring in the programme must be free of charge.',
] as const;

const PAUSE_DATES = ['2027-01-15', '2027-02-28', '2027-04-01', '2027-06-30'] as const;

const PENDING_COUNT = 6;

type MentorHomeInfo = (typeof MENTOR_HOMES)[keyof typeof MENTOR_HOMES];

function availability(rng: Rng, languages: readonly LanguageCode[], home: MentorHomeInfo, capacity: number): Bilingual {
  const spokenEn = listEn(languages.map((code) => LANGUAGE_NAMES_EN[code]));
  const spokenZh = listZh(languages.map(languageNameZh));
  const mode = rng.pick<Bilingual>([
    { en: `in person in ${home.city} or over video`, zh: `可在${home.cityZh}面谈或视频交流` },
    { en: `usually over video in the evening, ${home.clockEn}`, zh: `通常在${home.clockZh}晚上视频交流` },
    { en: 'in fortnightly video calls', zh: '每两周进行一次视频交流' },
  ]);
  const load = capacity === 1 ? 'one startup' : `${capacity} startups`;
  return {
    en: `I mentor in ${spokenEn}, ${mode.en}, and take on up to ${load} at a time.`,
    zh: `我可以用${spokenZh}进行辅导，${mode.zh}，同时最多辅导${capacity}家企业。`,
  };
}

function buildMentors(names: NameBook, vettedByEmail: string): { mentors: DemoMentor[]; users: DemoUser[] } {
  const rng = new Rng(SEEDS.mentors);
  const candidates = rng.shuffle(
    MENTOR_PERSONAS.map((persona) => persona.key).filter((key) => key !== DEMO_MENTOR_PERSONA),
  );
  const rejected = new Map(
    candidates.slice(0, REJECTION_REASONS.length).map((key, i) => [key, at(REJECTION_REASONS, i)]),
  );
  const pending = new Set(candidates.slice(REJECTION_REASONS.length, REJECTION_REASONS.length + PENDING_COUNT));
  const pausedFrom = REJECTION_REASONS.length + PENDING_COUNT;
  const paused = new Map(
    candidates.slice(pausedFrom, pausedFrom + PAUSE_DATES.length).map((key, i) => [key, at(PAUSE_DATES, i)]),
  );

  const mentors: DemoMentor[] = [];
  const users: DemoUser[] = [];
  MENTOR_PERSONAS.forEach((persona, index) => {
    const home = MENTOR_HOMES[persona.home];
    const isDemo = persona.key === DEMO_MENTOR_PERSONA;
    const name = isDemo ? null : names.draw(persona.origin, false);
    const email = name === null ? DEMO_LOGINS.mentor : `${name.emailLocal}@mentors.torchbridge.dev`;
    const capacity = isDemo ? 3 : rng.int(1, 5);
    const vetting: VettingState = rejected.has(persona.key)
      ? 'rejected'
      : pending.has(persona.key)
        ? 'pending'
        : 'approved';
    const pausedUntil = paused.get(persona.key) ?? null;
    const available = availability(rng, persona.languages, home, capacity);
    // Vetting decisions spread over a few weeks so lists sorted by date look lived-in.
    const vettedAt =
      vetting === 'pending' ? null : new Date(Date.UTC(2026, 5, 1, 9, 30) + index * 29 * 3_600_000).toISOString();

    users.push({
      email,
      displayName: name === null ? DEMO_MENTOR_NAME : name.displayName,
      role: 'mentor',
      locale: persona.origin === 'cn' ? 'zh-CN' : 'en',
      timeZone: home.timeZone,
    });
    mentors.push({
      userEmail: email,
      category: persona.category,
      headlineEn: persona.headline.en,
      headlineZh: persona.headline.zh,
      bioEn: `${persona.bio.en} ${available.en}`,
      bioZh: `${persona.bio.zh}${available.zh}`,
      sectors: [...persona.sectors],
      stages: [...persona.stages],
      topics: [...persona.topics],
      languages: [...persona.languages],
      timeZone: home.timeZone,
      country: home.country,
      city: home.city,
      capacity,
      status: pausedUntil === null ? 'open' : 'paused',
      pausedUntil,
      conflicts: [...persona.conflicts],
      vetting,
      vettingReason: rejected.get(persona.key) ?? null,
      vettedByEmail: vetting === 'pending' ? null : vettedByEmail,
      vettedAt,
    });
  });
  return { mentors, users };
}

// ---------------------------------------------------------------------------------------------
// Startups
// ---------------------------------------------------------------------------------------------

const STAGE_WEIGHTS: readonly (readonly [StageCode, number])[] = [
  ['idea', 10],
  ['prototype', 22],
  ['pilot-production', 20],
  ['market-validation', 24],
  ['scaling', 17],
  ['pre-ipo', 7],
];

// Founding year and head-count ranges that fit each stage.
const STAGE_PROFILE: Readonly<Record<StageCode, { founded: [number, number]; team: [number, number] }>> = {
  idea: { founded: [2024, 2026], team: [2, 6] },
  prototype: { founded: [2021, 2026], team: [3, 18] },
  'pilot-production': { founded: [2019, 2025], team: [10, 45] },
  'market-validation': { founded: [2017, 2024], team: [15, 70] },
  scaling: { founded: [2014, 2022], team: [40, 200] },
  'pre-ipo': { founded: [2012, 2018], team: [120, 300] },
};

const CN_DIRECTIONS: readonly (readonly [MarketDirectionCode, number])[] = [
  ['china-to-europe', 55],
  ['domestic', 35],
  ['europe-to-china', 10],
];

// Hubs abroad host European companies heading to China and Chinese companies landing in Europe.
const HUB_DIRECTIONS: readonly (readonly [MarketDirectionCode, number])[] = [
  ['europe-to-china', 60],
  ['china-to-europe', 40],
];

const EUROPEAN_MARKETS: readonly (readonly [string, number])[] = [
  ['DE', 30],
  ['FR', 12],
  ['NL', 12],
  ['GB', 10],
  ['IT', 8],
  ['ES', 6],
  ['SE', 5],
  ['PL', 5],
  ['CH', 5],
  ['AT', 4],
  ['CZ', 3],
  ['DK', 3],
  ['BE', 3],
];

const NEEDS: Readonly<
  Record<MarketDirectionCode, { first: TopicCode | null; pool: readonly (readonly [TopicCode, number])[] }>
> = {
  'china-to-europe': {
    first: 'market-entry-europe',
    pool: [
      ['certification', 5],
      ['go-to-market', 4],
      ['data-protection', 3],
      ['company-setup', 3],
      ['pricing', 3],
      ['ip-patents', 3],
      ['esg', 2],
      ['export-control', 2],
      ['fundraising', 2],
    ],
  },
  'europe-to-china': {
    first: 'market-entry-china',
    pool: [
      ['company-setup', 4],
      ['ip-patents', 4],
      ['go-to-market', 3],
      ['data-protection', 3],
      ['manufacturing-quality', 3],
      ['hiring', 2],
      ['fundraising', 2],
      ['pricing', 2],
    ],
  },
  domestic: {
    first: null,
    pool: [
      ['fundraising', 5],
      ['grants', 4],
      ['hiring', 4],
      ['go-to-market', 4],
      ['pitching', 3],
      ['manufacturing-quality', 3],
      ['ip-patents', 3],
      ['pricing', 2],
      ['esg', 1],
    ],
  },
};

// Where the parent company of a Chinese startup's European arm is based.
const CHINESE_HOME_CITIES: readonly Bilingual[] = [
  { en: 'Shenzhen', zh: '深圳' },
  { en: 'Shanghai', zh: '上海' },
  { en: 'Hangzhou', zh: '杭州' },
  { en: 'Suzhou', zh: '苏州' },
  { en: 'Wuhan', zh: '武汉' },
  { en: 'Beijing', zh: '北京' },
];

function slugOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function marketList(codes: readonly string[]): Bilingual {
  const names = codes.map((code) => {
    const name = MARKET_NAMES[code];
    if (name === undefined) {
      throw new Error(`demo data: no name for market ${code}`);
    }
    return name;
  });
  return { en: listEn(names.map((name) => name.en)), zh: listZh(names.map((name) => name.zh)) };
}

type StageGroup = 'early' | 'middle' | 'late';

function stageGroup(stage: StageCode): StageGroup {
  if (stage === 'idea' || stage === 'prototype') {
    return 'early';
  }
  return stage === 'pilot-production' || stage === 'market-validation' ? 'middle' : 'late';
}

interface PitchContext {
  rng: Rng;
  direction: MarketDirectionCode;
  stage: StageCode;
  abroad: boolean;
  markets: Bilingual;
  place: IncubatorPlace;
}

function marketSentence({ rng, direction, stage, abroad, markets, place }: PitchContext): Bilingual {
  const group = stageGroup(stage);
  if (direction === 'china-to-europe') {
    if (abroad) {
      const home = rng.pick(CHINESE_HOME_CITIES);
      return {
        en: `As the European arm of a company founded in ${home.en}, it is building its first customer base in ${markets.en}.`,
        zh: `作为一家${home.zh}企业的欧洲分支，公司正在${markets.zh}建立首批客户群。`,
      };
    }
    if (group === 'early') {
      return {
        en: `The team is validating demand with prospective customers in ${markets.en} before scaling up.`,
        zh: `团队正在与${markets.zh}的潜在客户验证需求，然后再扩大投入。`,
      };
    }
    if (group === 'middle') {
      const pilots = rng.int(3, 12);
      return {
        en: `After pilots with ${pilots} customers in China, it is preparing its first deliveries to ${markets.en}.`,
        zh: `在国内完成${pilots}家客户试点后，公司正准备向${markets.zh}首批交付。`,
      };
    }
    return {
      en: `It already sells across China and is setting up sales and service in ${markets.en}.`,
      zh: `公司产品已在全国销售，正在${markets.zh}建立销售和服务体系。`,
    };
  }
  if (direction === 'europe-to-china') {
    if (!abroad) {
      return {
        en: 'The founders developed the core technology in Europe and are now adapting it for Chinese customers.',
        zh: '创始团队在欧洲研发了核心技术，目前正针对中国客户进行本地化。',
      };
    }
    if (group === 'early') {
      return {
        en: 'The team wants to test the product with Chinese partners before its seed round.',
        zh: '团队希望在种子轮融资前与中国合作伙伴一起测试产品。',
      };
    }
    if (group === 'middle') {
      const references = rng.int(3, 20);
      return {
        en: `With ${references} reference customers in Europe, it is looking for its first partner in China.`,
        zh: `公司在欧洲已有${references}家标杆客户，正在寻找在中国的首个合作伙伴。`,
      };
    }
    return {
      en: 'It is setting up a subsidiary in China to serve customers there directly.',
      zh: '公司正在中国设立子公司，以便直接服务当地客户。',
    };
  }
  if (stage === 'idea') {
    return {
      en: `The team is interviewing potential customers in ${place.city} while it builds a first prototype.`,
      zh: `团队正在${place.cityZh}走访潜在客户，同时打造第一版原型。`,
    };
  }
  if (group === 'early') {
    const pilots = rng.int(2, 6);
    return {
      en: `The team is running paid pilots with ${pilots} customers in ${place.city}.`,
      zh: `团队正在${place.cityZh}与${pilots}家客户开展付费试点。`,
    };
  }
  if (group === 'middle') {
    const customers = rng.int(15, 80);
    return {
      en: `It serves ${customers} customers across China and is raising its next round.`,
      zh: `公司已服务全国${customers}家客户，正在筹备下一轮融资。`,
    };
  }
  const customers = rng.int(2, 9) * 100;
  const next =
    stage === 'pre-ipo'
      ? { en: 'preparing for a listing', zh: '正在筹备上市' }
      : { en: 'expanding capacity', zh: '正在扩充产能' };
  return {
    en: `It supplies more than ${customers} customers nationwide and is ${next.en}.`,
    zh: `公司已为全国${customers}多家客户供货，${next.zh}。`,
  };
}

/** Picks brand cores, preferring the least-used ones so 150 names need few repeats. */
class BrandPicker {
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly rng: Rng,
    private readonly brands: readonly NamePart[],
  ) {}

  pick(): NamePart {
    const least = Math.min(...this.brands.map(([latin]) => this.uses.get(latin) ?? 0));
    const brand = this.rng.pick(this.brands.filter(([latin]) => (this.uses.get(latin) ?? 0) === least));
    this.uses.set(brand[0], least + 1);
    return brand;
  }
}

const DEMO_STARTUP: Omit<DemoStartup, 'founderEmail'> = {
  nameEn: 'Shenzhen Lumos Photonics',
  nameZh: '深圳光睿光电',
  incubatorKey: DEMO_INCUBATOR,
  sectors: ['optoelectronics', 'communication-equipment'],
  stage: 'market-validation',
  foundedYear: 2019,
  teamSize: 38,
  languages: ['zh', 'en', 'yue'],
  timeZone: 'Asia/Shanghai',
  marketDirection: 'china-to-europe',
  targetMarkets: ['DE', 'NL', 'FR'],
  needs: ['certification', 'market-entry-europe', 'pricing'],
  pitchEn:
    'Lumos Photonics designs 400G and 800G silicon-photonics optical transceivers for data-centre links and runs its own laser-packaging line in Nanshan. After shipping to three Chinese cloud providers, it is preparing CE marking and looking for its first distributor in Germany.',
  pitchZh:
    '光睿光电研发面向数据中心互连的400G和800G硅光光模块，并在南山拥有自建激光器封装产线。在向三家国内云服务商供货之后，公司正在准备CE认证，并在德国寻找首个分销商。',
  highTechEnterprise: true,
};

interface StartupBuild {
  startups: DemoStartup[];
  founders: DemoUser[];
}

function buildStartups(names: NameBook): StartupBuild {
  const rng = new Rng(SEEDS.startups);
  const cnBrands = new BrandPicker(rng, CN_BRANDS);
  const deBrands = new BrandPicker(rng, EU_BRANDS.DE);
  const gbBrands = new BrandPicker(rng, EU_BRANDS.GB);
  const products = new Map<SectorCode, Deck<Product>>();
  const productDeck = (sector: SectorCode): Deck<Product> => {
    let deck = products.get(sector);
    if (deck === undefined) {
      deck = new Deck(rng, SECTOR_PRODUCTS[sector]);
      products.set(sector, deck);
    }
    return deck;
  };
  const takenNames = new Set<string>();
  const takenCityBrands = new Set<string>();
  const takenSlugs = new Set<string>();
  const result: StartupBuild = { startups: [], founders: [] };

  const add = (startup: DemoStartup, founder: DemoUser, slug: string): void => {
    takenNames.add(startup.nameEn.toLowerCase());
    takenNames.add(startup.nameZh);
    takenSlugs.add(slug);
    result.startups.push(startup);
    result.founders.push(founder);
  };

  for (const spec of INCUBATOR_SPECS) {
    const place = placeOf(spec.park);
    const abroad = place.country !== 'CN';
    let remaining = spec.startups;
    if (spec.key === DEMO_INCUBATOR) {
      const founder: DemoUser = {
        email: DEMO_LOGINS.founder,
        displayName: DEMO_FOUNDER_NAME,
        role: 'founder',
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      };
      add({ ...DEMO_STARTUP, founderEmail: founder.email }, founder, slugOf(DEMO_STARTUP.nameEn));
      remaining--;
    }

    for (let i = 0; i < remaining; i++) {
      const direction = rng.weighted(abroad ? HUB_DIRECTIONS : CN_DIRECTIONS);
      const chineseFounded = !abroad || direction === 'china-to-europe';
      const primary = rng.pick(spec.focus);
      const sectors: SectorCode[] = rng.chance(0.4) ? [primary, rng.pick(RELATED_SECTORS[primary])] : [primary];
      const stage = rng.weighted(STAGE_WEIGHTS);
      const profile = STAGE_PROFILE[stage];
      const foundedYear = rng.int(...profile.founded);
      const teamSize = rng.int(...profile.team);

      const product = productDeck(primary).draw();
      const brands = chineseFounded ? cnBrands : place.country === 'DE' ? deBrands : gbBrands;

      // Compose a name until both the English name and its e-mail slug are unused.
      let naming: { nameEn: string; nameZh: string; shortEn: string; shortZh: string; slug: string } | null = null;
      while (naming === null) {
        const specific = product.suffixes ?? [];
        const [suffix, suffixZh] = rng.pick(
          specific.length > 0 && rng.chance(0.6) ? specific : SECTOR_SUFFIXES[primary],
        );
        const [brand, brandZh] = brands.pick();
        const shortEn = `${brand} ${suffix}`;
        const shortZh = `${brandZh}${suffixZh}`;
        let candidate: { nameEn: string; nameZh: string; slug: string };
        if (!abroad) {
          candidate = {
            nameEn: `${place.city} ${shortEn}`,
            nameZh: `${place.cityZh}${shortZh}`,
            slug: slugOf(`${place.city} ${shortEn}`),
          };
        } else {
          const legalForm = place.country === 'DE' ? 'GmbH' : 'Ltd';
          const arm = place.country === 'DE' ? { en: 'Europe', zh: '欧洲' } : { en: 'UK', zh: '英国' };
          candidate = chineseFounded
            ? {
                nameEn: `${shortEn} ${arm.en} ${legalForm}`,
                nameZh: `${shortZh}（${arm.zh}）`,
                slug: slugOf(`${shortEn} ${arm.en}`),
              }
            : { nameEn: `${shortEn} ${legalForm}`, nameZh: shortZh, slug: slugOf(shortEn) };
        }
        // One brand per city: two unrelated "Hangzhou Lumina …" companies would look like a data bug.
        const brandInCity = `${place.city}:${brand}`;
        if (
          !takenNames.has(candidate.nameEn.toLowerCase()) &&
          !takenNames.has(candidate.nameZh) &&
          !takenSlugs.has(candidate.slug) &&
          !takenCityBrands.has(brandInCity)
        ) {
          takenCityBrands.add(brandInCity);
          naming = { ...candidate, shortEn, shortZh };
        }
      }

      let targetMarkets: string[];
      if (direction === 'china-to-europe') {
        const home = abroad ? [place.country] : [];
        const others = rng.weightedDistinct(
          EUROPEAN_MARKETS.filter(([code]) => !home.includes(code)),
          rng.int(1, 3) - home.length,
        );
        targetMarkets = [...home, ...others];
      } else if (direction === 'europe-to-china') {
        targetMarkets = rng.chance(0.15) ? ['CN', 'HK'] : ['CN'];
      } else {
        targetMarkets = ['CN'];
      }

      const needsSpec = NEEDS[direction];
      const needCount = rng.int(2, 4);
      const needs: TopicCode[] =
        needsSpec.first === null
          ? rng.weightedDistinct(needsSpec.pool, needCount)
          : [needsSpec.first, ...rng.weightedDistinct(needsSpec.pool, needCount - 1)];

      let languages: LanguageCode[];
      if (!abroad) {
        languages = direction === 'domestic' && rng.chance(0.2) ? ['zh'] : ['zh', 'en'];
        if ((place.city === 'Shenzhen' || place.city === 'Guangzhou') && rng.chance(0.35)) {
          languages.push('yue');
        }
        if (targetMarkets.includes('DE') && rng.chance(0.2)) {
          languages.push('de');
        }
      } else if (chineseFounded) {
        languages = place.country === 'DE' && rng.chance(0.5) ? ['zh', 'en', 'de'] : ['zh', 'en'];
      } else if (place.country === 'DE') {
        languages = ['de', 'en'];
      } else {
        languages = ['en'];
        if (rng.chance(0.15)) {
          languages.push('fr');
        }
      }

      const group = stageGroup(stage);
      // The Chinese High and New Technology Enterprise label needs a year of trading and owned IP.
      const highTechEnterprise =
        !abroad &&
        foundedYear <= 2025 &&
        (group === 'early' ? stage === 'prototype' && rng.chance(0.15) : rng.chance(0.75));

      const market = marketSentence({
        rng,
        direction,
        stage,
        abroad,
        markets: marketList(direction === 'china-to-europe' ? targetMarkets : ['CN']),
        place,
      });

      const founderName = names.draw(chineseFounded ? 'cn' : place.country === 'DE' ? 'de' : 'gb', true);
      const founder: DemoUser = {
        email: `founder@${naming.slug}.torchbridge.dev`,
        displayName: founderName.displayName,
        role: 'founder',
        locale: chineseFounded ? 'zh-CN' : 'en',
        timeZone: place.timeZone,
      };
      add(
        {
          nameEn: naming.nameEn,
          nameZh: naming.nameZh,
          incubatorKey: spec.key,
          founderEmail: founder.email,
          sectors,
          stage,
          foundedYear,
          teamSize,
          languages,
          timeZone: place.timeZone,
          marketDirection: direction,
          targetMarkets,
          needs,
          pitchEn: `${naming.shortEn} ${product.en}. ${market.en}`,
          pitchZh: `${naming.shortZh}${product.zh}。${market.zh}`,
          highTechEnterprise,
        },
        founder,
        naming.slug,
      );
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export function buildDemoData(): DemoData {
  const names = new NameBook(new Rng(SEEDS.names), [DEMO_MENTOR_NAME, 'Lin Xiaoyu', 'Chen Jing']);
  const admin: DemoUser = {
    email: DEMO_LOGINS.admin,
    displayName: 'Torchbridge Admin',
    role: 'admin',
    locale: 'en',
    timeZone: 'UTC',
  };
  const manager: DemoUser = {
    email: DEMO_LOGINS.manager,
    displayName: 'Chen Jing 陈静',
    role: 'manager',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
  };
  const mentorBuild = buildMentors(names, admin.email);
  const startupBuild = buildStartups(names);
  const incubators = buildIncubators();
  return {
    users: [admin, manager, ...mentorBuild.users, ...startupBuild.founders],
    parks: buildParks(),
    incubators,
    incubatorManagers: incubators.map((incubator) => ({ incubatorKey: incubator.key, userEmail: manager.email })),
    mentors: mentorBuild.mentors,
    startups: startupBuild.startups,
  };
}
