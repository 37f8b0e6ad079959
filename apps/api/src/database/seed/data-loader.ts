import {
  INCUBATOR_KINDS,
  isIanaTimeZone,
  LANGUAGES,
  LOCALES,
  MARKET_DIRECTIONS,
  MENTOR_CATEGORIES,
  REGIONS,
  SECTORS,
  STAGES,
  type TaxonomyEntry,
  TOPICS,
} from '@torchbridge/contracts';
import { z } from 'zod';
import demoAccounts from './data/demo-accounts.json';
import hubs from './data/hubs.json';
import incubators from './data/incubators.json';
import mentorPersonas from './data/mentor-personas.json';
import mentorVetting from './data/mentor-vetting.json';
import namePools from './data/name-pools.json';
import nationalStips from './data/national-stips-2007.json';
import parkNamesZh from './data/park-names-zh.json';
import startupCatalogue from './data/startup-catalogue.json';
import startupMix from './data/startup-mix.json';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const code = <C extends string>(taxonomy: readonly TaxonomyEntry<C>[]) => z.enum(taxonomy.map((entry) => entry.code));
const sector = code(SECTORS);
const stage = code(STAGES);
const topic = code(TOPICS);
const language = code(LANGUAGES);
const direction = code(MARKET_DIRECTIONS);

const text = z.string().min(1);
const chinese = z.string().regex(/\p{Script=Han}/u, 'must contain Chinese characters');
const bilingual = z.strictObject({ en: text, zh: chinese });
const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case key');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code');
const timeZone = z.string().refine(isIanaTimeZone, 'must be an IANA time zone');
const positiveInt = z.number().int().positive();

/** [Latin spelling, Chinese form]; European names carry their standard Xinhua transliteration. */
const namePart = z.tuple([text, chinese]);
const nameParts = z.array(namePart).min(1);

// Order matters in every weighted list: the generator walks it with one random roll.
const weighted = <T extends z.ZodType>(value: T) => z.array(z.tuple([value, z.number().positive()])).min(1);
const range = z.tuple([z.number().int(), z.number().int()]).refine(([min, max]) => min <= max, 'must be [min, max]');

// ---------------------------------------------------------------------------------------------
// One schema per file
// ---------------------------------------------------------------------------------------------

const account = z.strictObject({ email: z.email(), displayName: text, locale: z.enum(LOCALES), timeZone });

const demoAccountsFile = z.strictObject({
  admin: account,
  manager: account,
  founder: account,
  // The demo mentor's locale and zone come from its persona's home.
  mentor: z.strictObject({ email: z.email(), displayName: text, persona: key, capacity: positiveInt }),
  // Field order is the demo startup's key order in the generated data set.
  startup: z.strictObject({
    nameEn: text,
    nameZh: chinese,
    incubatorKey: key,
    sectors: z.array(sector).min(1),
    stage,
    foundedYear: positiveInt,
    teamSize: positiveInt,
    languages: z.array(language).min(1),
    timeZone,
    marketDirection: direction,
    targetMarkets: z.array(country).min(1),
    needs: z.array(topic).min(1),
    pitchEn: text,
    pitchZh: chinese,
    highTechEnterprise: z.boolean(),
  }),
});

// Parks outside China that host the international incubators; Munich uses Europe/Berlin, Germany's only zone.
const hubsFile = z.record(
  key,
  z.strictObject({
    nameEn: text,
    nameZh: chinese,
    city: text,
    cityZh: chinese,
    province: text,
    country,
    timeZone,
    website: z.url().nullable(),
  }),
);

const incubatorsFile = z.array(
  z.strictObject({
    key,
    nameEn: text,
    nameZh: chinese,
    kind: code(INCUBATOR_KINDS),
    park: z.union([z.strictObject({ torchNo: positiveInt }), z.strictObject({ hub: key })]),
    focus: z.array(sector).min(1),
    startups: positiveInt,
  }),
);

const euPool = z.strictObject({ first: nameParts, last: nameParts });

const namePoolsFile = z.strictObject({
  // Excluded: combinations that read as a well-known public figure or belong to a fixed demo login.
  cn: z.strictObject({ family: nameParts, given: nameParts, excluded: z.array(text) }),
  de: euPool,
  gb: euPool,
  fr: euPool,
  nl: euPool,
});

const mentorHome = z.strictObject({
  city: text,
  cityZh: chinese,
  country,
  timeZone,
  clockEn: text,
  clockZh: chinese,
});

const mentorPersonasFile = z.strictObject({
  homes: z.record(text, mentorHome),
  // English names as a mentor would say them ("Mandarin", not the taxonomy's "Mandarin Chinese").
  languageNames: z.record(language, text),
  personas: z.array(
    z.strictObject({
      key,
      home: text,
      origin: namePoolsFile.keyof(),
      category: code(MENTOR_CATEGORIES),
      sectors: z.array(sector).min(1),
      stages: z.array(stage).min(1),
      topics: z.array(topic).min(1),
      languages: z.array(language).min(1),
      conflicts: z.array(text),
      headline: bilingual,
      // Two first-person sentences (career, then what the mentor helps with), so neither language needs pronouns.
      bio: bilingual,
    }),
  ),
});

const mentorVettingFile = z.strictObject({
  rejectionReasons: z.array(text),
  pendingCount: z.number().int().nonnegative(),
  pauseDates: z.array(z.iso.date()),
});

const nationalStipsFile = z.array(
  z.strictObject({
    no: positiveInt,
    name: text,
    website: z.union([z.url(), z.literal('')]).transform((url) => url || null),
    city: text,
    province: text,
    region: code(REGIONS),
  }),
);

// Park names as they were in the 2007 list, so Xiangfan stays 襄樊 (renamed 襄阳 in 2010).
const parkNamesZhFile = z.strictObject({
  parks: z.record(z.string().regex(/^\d+$/, 'must be a park number'), chinese),
  // Keyed by the city's spelling in the park list.
  cities: z.record(text, chinese),
});

// What a company does, as a verb phrase after its name ("<name> designs …"), plus name endings that fit only it.
const product = z.strictObject({ en: text, zh: chinese, suffixes: z.array(namePart).default([]) });

const startupCatalogueFile = z.strictObject({
  // Pinyin brands and the coined English names many Chinese SMEs register.
  cnBrands: nameParts,
  // European brands with the transliterations they use on Chinese-language material.
  euBrands: z.strictObject({ DE: nameParts, GB: nameParts }),
  // Name endings that fit anything a sector's companies make.
  sectorSuffixes: z.record(sector, nameParts),
  sectorProducts: z.record(sector, z.array(product).min(1)),
  // Plausible second sectors, so a startup's pair of sectors reads like one business.
  relatedSectors: z.record(sector, z.array(sector).min(1)),
  marketNames: z.record(country, bilingual),
  chineseHomeCities: z.array(bilingual).min(1),
});

const startupMixFile = z.strictObject({
  stageWeights: weighted(stage),
  stageProfiles: z.record(stage, z.strictObject({ founded: range, team: range })),
  directions: z.strictObject({ china: weighted(direction), hub: weighted(direction) }),
  europeanMarkets: weighted(country),
  needs: z.record(direction, z.strictObject({ first: topic.nullable(), pool: weighted(topic) })),
});

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/** The data files as bundled, keyed by file name. */
export const DATA_FILES = {
  'demo-accounts.json': demoAccounts,
  'hubs.json': hubs,
  'incubators.json': incubators,
  'mentor-personas.json': mentorPersonas,
  'mentor-vetting.json': mentorVetting,
  'name-pools.json': namePools,
  'national-stips-2007.json': nationalStips,
  'park-names-zh.json': parkNamesZh,
  'startup-catalogue.json': startupCatalogue,
  'startup-mix.json': startupMix,
};

export type DataFileName = keyof typeof DATA_FILES;

/** `$.personas[3].bio.en`: bracketed wherever a key is not a plain identifier. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) =>
      typeof part === 'number'
        ? `[${part}]`
        : typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)
          ? `.${part}`
          : `[${JSON.stringify(String(part))}]`,
    )
    .reduce((joined, part) => joined + part, '$');
}

function parseFile<S extends z.ZodType>(
  files: Readonly<Record<DataFileName, unknown>>,
  file: DataFileName,
  schema: S,
): z.output<S> {
  const result = schema.safeParse(files[file]);
  if (result.success) {
    return result.data;
  }
  const [issue] = result.error.issues;
  // An unknown key is reported on its object; naming the key itself points at the typo.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : (issue?.path ?? []);
  throw new Error(`demo seed data ${file}: ${jsonPath(path)}: ${issue?.message ?? 'invalid'}`);
}

/** Validates every data file; the first bad value fails with its file and JSON path. */
export function loadSeedData(files: Readonly<Record<DataFileName, unknown>> = DATA_FILES) {
  return {
    accounts: parseFile(files, 'demo-accounts.json', demoAccountsFile),
    hubs: parseFile(files, 'hubs.json', hubsFile),
    incubators: parseFile(files, 'incubators.json', incubatorsFile),
    mentors: parseFile(files, 'mentor-personas.json', mentorPersonasFile),
    vetting: parseFile(files, 'mentor-vetting.json', mentorVettingFile),
    names: parseFile(files, 'name-pools.json', namePoolsFile),
    stips: parseFile(files, 'national-stips-2007.json', nationalStipsFile),
    parkNamesZh: parseFile(files, 'park-names-zh.json', parkNamesZhFile),
    catalogue: parseFile(files, 'startup-catalogue.json', startupCatalogueFile),
    mix: parseFile(files, 'startup-mix.json', startupMixFile),
  };
}

export type SeedData = ReturnType<typeof loadSeedData>;
export type NamePart = z.output<typeof namePart>;
export type NameOrigin = keyof SeedData['names'];
export type MentorHome = z.output<typeof mentorHome>;
export type Product = z.output<typeof product>;

/** Loaded once, when the seed is first imported. */
export const SEED_DATA: SeedData = loadSeedData();

/** A loaded table's entry, or an error naming what is missing. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string | number, what: string): V {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  if (value === undefined) {
    throw new Error(`demo data: no ${what} "${key}"`);
  }
  return value;
}
