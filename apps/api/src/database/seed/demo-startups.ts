import type {
  Bilingual,
  LanguageCode,
  MarketDirectionCode,
  SectorCode,
  StageCode,
  TopicCode,
} from '@torchbridge/contracts';
import { lookup, type NamePart, type Product, SEED_DATA } from './data-loader';
import type { DemoStartup, DemoUser } from './demo-data';
import { type IncubatorPlace, placeOf } from './demo-places';
import type { NameBook } from './name-book';
import { Decks, type Rng } from './random';
import { listEn, listZh } from './wording';

const { catalogue, mix } = SEED_DATA;

function slugOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function marketList(codes: readonly string[]): Bilingual {
  const names = codes.map((code) => lookup(catalogue.marketNames, code, 'market name'));
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
      const home = rng.pick(catalogue.chineseHomeCities);
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

function pickTargetMarkets(rng: Rng, direction: MarketDirectionCode, place: IncubatorPlace): string[] {
  if (direction === 'china-to-europe') {
    const home = place.country === 'CN' ? [] : [place.country];
    const others = rng.weightedDistinct(
      mix.europeanMarkets.filter(([code]) => !home.includes(code)),
      rng.int(1, 3) - home.length,
    );
    return [...home, ...others];
  }
  if (direction === 'europe-to-china') {
    return rng.chance(0.15) ? ['CN', 'HK'] : ['CN'];
  }
  return ['CN'];
}

function pickNeeds(rng: Rng, direction: MarketDirectionCode): TopicCode[] {
  const { first, pool } = mix.needs[direction];
  const count = rng.int(2, 4);
  return first === null ? rng.weightedDistinct(pool, count) : [first, ...rng.weightedDistinct(pool, count - 1)];
}

function pickLanguages(
  rng: Rng,
  direction: MarketDirectionCode,
  place: IncubatorPlace,
  targetMarkets: readonly string[],
): LanguageCode[] {
  if (place.country === 'CN') {
    const languages: LanguageCode[] = direction === 'domestic' && rng.chance(0.2) ? ['zh'] : ['zh', 'en'];
    if ((place.city === 'Shenzhen' || place.city === 'Guangzhou') && rng.chance(0.35)) {
      languages.push('yue');
    }
    if (targetMarkets.includes('DE') && rng.chance(0.2)) {
      languages.push('de');
    }
    return languages;
  }
  // Abroad, a company heading to Europe was founded in China; one heading to China was founded locally.
  if (direction === 'china-to-europe') {
    return place.country === 'DE' && rng.chance(0.5) ? ['zh', 'en', 'de'] : ['zh', 'en'];
  }
  if (place.country === 'DE') {
    return ['de', 'en'];
  }
  return rng.chance(0.15) ? ['en', 'fr'] : ['en'];
}

/** A company's registered names and its e-mail slug, from its short brand-and-suffix name. */
function fullName(
  shortEn: string,
  shortZh: string,
  place: IncubatorPlace,
  chineseFounded: boolean,
): { nameEn: string; nameZh: string; slug: string } {
  if (place.country === 'CN') {
    const nameEn = `${place.city} ${shortEn}`;
    return { nameEn, nameZh: `${place.cityZh}${shortZh}`, slug: slugOf(nameEn) };
  }
  const legalForm = place.country === 'DE' ? 'GmbH' : 'Ltd';
  if (!chineseFounded) {
    return { nameEn: `${shortEn} ${legalForm}`, nameZh: shortZh, slug: slugOf(shortEn) };
  }
  const arm = place.country === 'DE' ? { en: 'Europe', zh: '欧洲' } : { en: 'UK', zh: '英国' };
  return {
    nameEn: `${shortEn} ${arm.en} ${legalForm}`,
    nameZh: `${shortZh}（${arm.zh}）`,
    slug: slugOf(`${shortEn} ${arm.en}`),
  };
}

interface StartupBuild {
  startups: DemoStartup[];
  founders: DemoUser[];
}

/** Every incubator's startups, the demo founder's own among them. */
export function buildStartups(rng: Rng, names: NameBook, demoFounder: DemoUser): StartupBuild {
  const demoStartup: DemoStartup = { ...SEED_DATA.accounts.startup, founderEmail: demoFounder.email };
  const cnBrands = new BrandPicker(rng, catalogue.cnBrands);
  const deBrands = new BrandPicker(rng, catalogue.euBrands.DE);
  const gbBrands = new BrandPicker(rng, catalogue.euBrands.GB);
  const products = new Decks<Product>(rng);
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

  for (const spec of SEED_DATA.incubators) {
    const place = placeOf(spec.park);
    const abroad = place.country !== 'CN';
    let remaining = spec.startups;
    if (spec.key === demoStartup.incubatorKey) {
      add(demoStartup, demoFounder, slugOf(demoStartup.nameEn));
      remaining--;
    }

    for (let i = 0; i < remaining; i++) {
      const direction = rng.weighted(abroad ? mix.directions.hub : mix.directions.china);
      const chineseFounded = !abroad || direction === 'china-to-europe';
      const primary = rng.pick(spec.focus);
      const sectors: SectorCode[] = rng.chance(0.4)
        ? [primary, rng.pick(catalogue.relatedSectors[primary])]
        : [primary];
      const stage = rng.weighted(mix.stageWeights);
      const profile = mix.stageProfiles[stage];
      const foundedYear = rng.int(...profile.founded);
      const teamSize = rng.int(...profile.team);

      const product = products.draw(primary, catalogue.sectorProducts[primary]);
      const brands = chineseFounded ? cnBrands : place.country === 'DE' ? deBrands : gbBrands;

      // Compose a name until both the English name and its e-mail slug are unused.
      let naming: { nameEn: string; nameZh: string; shortEn: string; shortZh: string; slug: string } | null = null;
      while (naming === null) {
        const [suffix, suffixZh] = rng.pick(
          product.suffixes.length > 0 && rng.chance(0.6) ? product.suffixes : catalogue.sectorSuffixes[primary],
        );
        const [brand, brandZh] = brands.pick();
        const shortEn = `${brand} ${suffix}`;
        const shortZh = `${brandZh}${suffixZh}`;
        const candidate = fullName(shortEn, shortZh, place, chineseFounded);
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

      const targetMarkets = pickTargetMarkets(rng, direction, place);
      const needs = pickNeeds(rng, direction);
      const languages = pickLanguages(rng, direction, place, targetMarkets);

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
