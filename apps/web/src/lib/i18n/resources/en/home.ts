/** The home page. */
export const home = {
  pageTitle: 'Home',
  greeting: 'Welcome, {{name}}',
  signedInAs: 'Signed in as {{role}}',
  intro: {
    founder:
      'Find experienced mentors for your startup, whether you are scaling in China or entering Europe.',
    mentor:
      'Founders in Torch Programme incubators are looking for your experience. Keep your time zone current so calls land at sensible hours.',
    manager:
      'Look after the founders and mentors in your community and the incubators they belong to.',
    admin:
      'You have administrator access to the Torchbridge directory and its members.',
  },
  localTime: {
    title: 'Your local time',
    zone: 'Time zone: {{zone}}',
  },
  clocks: {
    title: 'China and Europe',
    shanghai: 'Shanghai',
    berlin: 'Berlin',
    ahead: 'Shanghai is {{hours}} h ahead of Berlin.',
  },
  account: {
    title: 'Your account',
    email: 'Email',
    role: 'Role',
    timeZone: 'Time zone',
    memberSince: 'Member since',
  },
  firstStep: {
    title: 'First step: create your startup profile',
    body: 'Mentors, recommendations and requests all start from your startup’s sectors, stage and needs. It takes about five minutes.',
    action: 'Create your startup profile',
  },
  nextSteps: {
    title: 'Next steps',
    parks: {
      founder:
        'Explore the Torch network’s high-tech zones and their incubators',
      mentor: 'See where the founders you may mentor are incubated',
      manager: 'Review the parks and how many incubators each one has',
      admin: 'Review the park directory',
    },
    settings: {
      founder: 'Check your display name, language and time zone',
      mentor: 'Set your time zone so founders in China can plan calls with you',
      manager: 'Check your display name, language and time zone',
      admin: 'Check your display name, language and time zone',
    },
  },
};

export type HomeResources = typeof home;
