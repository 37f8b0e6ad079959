import { DATA_FILES, type DataFileName, loadSeedData, SEED_DATA } from './data-loader';
import { buildDemoData, DEMO_LOGINS } from './demo-data';

/** The bundled files with one of them replaced. */
function withFile<F extends DataFileName>(file: F, edit: (copy: (typeof DATA_FILES)[F]) => unknown) {
  return { ...DATA_FILES, [file]: edit(structuredClone(DATA_FILES[file])) };
}

describe('loadSeedData', () => {
  it('accepts the bundled data files', () => {
    expect(loadSeedData()).toEqual(SEED_DATA);
    expect(SEED_DATA.stips).toHaveLength(54);
    expect(SEED_DATA.mentors.personas).toHaveLength(60);
  });

  it('names the file and the JSON path of a value outside its taxonomy', () => {
    const files = withFile('mentor-personas.json', (copy) => ({
      ...copy,
      personas: copy.personas.map((persona, i) => (i === 3 ? { ...persona, sectors: ['ai', 'quantum'] } : persona)),
    }));
    expect(() => loadSeedData(files)).toThrow(
      /^demo seed data mentor-personas\.json: \$\.personas\[3\]\.sectors\[1\]: /,
    );
  });

  it('names an unknown key, so a misspelt field is not silently dropped', () => {
    const files = withFile('national-stips-2007.json', (copy) =>
      copy.map((stip, i) => (i === 0 ? { ...stip, webpage: stip.website } : stip)),
    );
    expect(() => loadSeedData(files)).toThrow('demo seed data national-stips-2007.json: $[0].webpage: ');
  });

  it('quotes keys that are not identifiers and reports missing values', () => {
    const files = withFile('startup-mix.json', (copy) => ({
      ...copy,
      stageProfiles: { ...copy.stageProfiles, 'pilot-production': { founded: [2019, 2025] } },
    }));
    expect(() => loadSeedData(files)).toThrow(
      'demo seed data startup-mix.json: $.stageProfiles["pilot-production"].team: ',
    );
  });

  it('rejects a file that is not the expected shape at all', () => {
    const files = { ...DATA_FILES, 'name-pools.json': [] };
    expect(() => loadSeedData(files)).toThrow(/^demo seed data name-pools\.json: \$: /);
  });
});

describe('the generated demo data set', () => {
  const data = buildDemoData();

  it('has the pinned row counts', () => {
    expect({
      users: data.users.length,
      parks: data.parks.length,
      incubators: data.incubators.length,
      incubatorManagers: data.incubatorManagers.length,
      mentors: data.mentors.length,
      startups: data.startups.length,
    }).toEqual({ users: 212, parks: 57, incubators: 12, incubatorManagers: 12, mentors: 60, startups: 150 });
    const count = (values: readonly string[]) =>
      values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
    expect(count(data.mentors.map((mentor) => mentor.vetting))).toEqual({ approved: 52, pending: 6, rejected: 2 });
    expect(count(data.startups.map((startup) => startup.marketDirection))).toEqual({
      'china-to-europe': 75,
      domestic: 52,
      'europe-to-china': 23,
    });
  });

  it('keeps named personas and the demo logins where they were', () => {
    const user = (email: string) => data.users.find((candidate) => candidate.email === email);
    const mentorWith = (headline: string) => data.mentors.find((mentor) => mentor.headlineEn === headline);

    expect(user(DEMO_LOGINS.mentor)?.displayName).toBe('Katrin Bauer');
    expect(user(DEMO_LOGINS.founder)?.displayName).toBe('Lin Xiaoyu 林晓宇');
    expect(data.startups.find((startup) => startup.founderEmail === DEMO_LOGINS.founder)).toMatchObject({
      nameEn: 'Shenzhen Lumos Photonics',
      incubatorKey: 'shenzhen-returnee',
    });

    expect(mentorWith('Partner at a Beijing early-stage deep-tech fund')).toMatchObject({
      userEmail: 'yun.cheng@mentors.torchbridge.dev',
      city: 'Beijing',
      conflicts: ['Haidian Frontier Fund'],
    });
    expect(user('yun.cheng@mentors.torchbridge.dev')?.displayName).toBe('Cheng Yun 程云');
    expect(mentorWith('Hong Kong growth investor: HKEX Chapter 18A and 18C listings')).toMatchObject({
      userEmail: 'shanshan.ding@mentors.torchbridge.dev',
      timeZone: 'Asia/Hong_Kong',
      vetting: 'pending',
    });
    expect(mentorWith('Greenhouse-technology advisor trained at Wageningen')?.userEmail).toBe(
      'bram.jansen@mentors.torchbridge.dev',
    );
    expect(data.startups[0]?.nameEn).toBe('Beijing Tianqi New Energy');
    expect(data.startups.at(-1)?.nameEn).toBe('Anrui Fintech UK Ltd');
  });
});
