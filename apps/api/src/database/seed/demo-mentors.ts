import { type Bilingual, type LanguageCode, LANGUAGES, type VettingState } from '@torchbridge/contracts';
import { lookup, type MentorHome, SEED_DATA } from './data-loader';
import type { DemoMentor, DemoUser } from './demo-data';
import type { NameBook } from './name-book';
import { at, type Rng } from './random';
import { listEn, listZh } from './wording';

const { homes, languageNames, personas } = SEED_DATA.mentors;

function languageNameZh(code: LanguageCode): string {
  const entry = LANGUAGES.find((language) => language.code === code);
  if (entry === undefined) {
    throw new Error(`demo data: unknown language ${code}`);
  }
  return entry.label.zh;
}

function availability(rng: Rng, languages: readonly LanguageCode[], home: MentorHome, capacity: number): Bilingual {
  const spokenEn = listEn(languages.map((code) => languageNames[code]));
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

export function buildMentors(
  rng: Rng,
  names: NameBook,
  vettedByEmail: string,
): { mentors: DemoMentor[]; users: DemoUser[] } {
  const demo = SEED_DATA.accounts.mentor;
  const { rejectionReasons, pendingCount, pauseDates } = SEED_DATA.vetting;
  // Shuffled personas other than the demo login are dealt out in turn: rejected, then pending, then paused.
  const candidates = rng.shuffle(personas.map((persona) => persona.key).filter((key) => key !== demo.persona));
  const deal = (count: number) => candidates.splice(0, count);
  const rejected = new Map(deal(rejectionReasons.length).map((key, i) => [key, at(rejectionReasons, i)]));
  const pending = new Set(deal(pendingCount));
  const paused = new Map(deal(pauseDates.length).map((key, i) => [key, at(pauseDates, i)]));

  const result: { mentors: DemoMentor[]; users: DemoUser[] } = { mentors: [], users: [] };
  personas.forEach((persona, index) => {
    const home = lookup(homes, persona.home, 'mentor home');
    const isDemo = persona.key === demo.persona;
    const name = isDemo ? null : names.draw(persona.origin, false);
    const email = name === null ? demo.email : `${name.emailLocal}@mentors.torchbridge.dev`;
    const capacity = isDemo ? demo.capacity : rng.int(1, 5);
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

    result.users.push({
      email,
      displayName: name === null ? demo.displayName : name.displayName,
      role: 'mentor',
      locale: persona.origin === 'cn' ? 'zh-CN' : 'en',
      timeZone: home.timeZone,
    });
    result.mentors.push({
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
  return result;
}
