import type {
  IncubatorKindCode,
  Locale,
  MentorProfileInput,
  RegionCode,
  Role,
  StartupProfileInput,
  VettingState,
} from '@torchbridge/contracts';
import { SEED_DATA } from './data-loader';
import { buildMentors } from './demo-mentors';
import { buildIncubators, buildParks } from './demo-places';
import { buildStartups } from './demo-startups';
import { NameBook } from './name-book';
import { Rng } from './random';

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

export type ParkRef = { torchNo: number } | { hub: string };

export interface DemoPark {
  torchNo: number | null;
  hub: string | null;
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

/** A mentor profile as the API accepts it, plus the account and vetting state the seed sets directly. */
export interface DemoMentor extends Omit<MentorProfileInput, 'pausedUntil' | 'phone'> {
  userEmail: string;
  pausedUntil: string | null;
  vetting: VettingState;
  vettingReason: string | null;
  vettedByEmail: string | null;
  vettedAt: string | null;
}

/** A startup profile as the API accepts it, keyed to its incubator and founder by name instead of id. */
export interface DemoStartup extends Omit<StartupProfileInput, 'incubatorId' | 'parkId'> {
  incubatorKey: string;
  founderEmail: string;
}

export interface DemoData {
  users: DemoUser[];
  parks: DemoPark[];
  incubators: DemoIncubator[];
  incubatorManagers: { incubatorKey: string; userEmail: string }[];
  mentors: DemoMentor[];
  startups: DemoStartup[];
}

const { accounts } = SEED_DATA;

export const DEMO_LOGINS = {
  admin: accounts.admin.email,
  manager: accounts.manager.email,
  founder: accounts.founder.email,
  mentor: accounts.mentor.email,
};

// One stream per section, so editing the mentors does not reshuffle every startup (and vice versa).
const SEEDS = { names: 0x70c4b21d, mentors: 0x5eed_0001, startups: 0x5eed_0002 } as const;

type Account = (typeof accounts)['admin'];

function userOf({ email, displayName, locale, timeZone }: Account, role: Role): DemoUser {
  return { email, displayName, role, locale, timeZone };
}

/** "Chen Jing 陈静" → "Chen Jing", the spelling drawn names are compared by. */
function latinName({ displayName }: { displayName: string }): string {
  return displayName.replace(/\s*\p{Script=Han}.*$/u, '');
}

export function buildDemoData(): DemoData {
  const admin = userOf(accounts.admin, 'admin');
  const manager = userOf(accounts.manager, 'manager');
  const founder = userOf(accounts.founder, 'founder');
  // Nobody drawn may share a fixed login's name.
  const reserved = [accounts.mentor, accounts.founder, accounts.manager].map(latinName);
  const names = new NameBook(new Rng(SEEDS.names), SEED_DATA.names, reserved);
  const mentorBuild = buildMentors(new Rng(SEEDS.mentors), names, admin.email);
  const startupBuild = buildStartups(new Rng(SEEDS.startups), names, founder);
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
