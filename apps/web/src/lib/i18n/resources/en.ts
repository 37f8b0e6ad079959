/** English UI strings. The Chinese file must have exactly the same keys (checked by the compiler and a test). */
export const en = {
  app: {
    name: 'Torchbridge',
    tagline: 'Mentors for Torch Programme startups, from Shenzhen to Berlin',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    retry: 'Try again',
  },
  language: {
    label: 'Language',
    saveFailed:
      'Your language could not be saved to your account. It still applies on this device.',
  },
  nav: {
    label: 'Main',
    home: 'Home',
    parks: 'Science parks',
    settings: 'Settings',
    signOut: 'Sign out',
  },
  roles: {
    founder: 'Founder',
    mentor: 'Mentor',
    manager: 'Community manager',
    admin: 'Administrator',
  },
  fields: {
    email: 'Email',
    password: 'Password',
    displayName: 'Display name',
    role: 'I am a',
    locale: 'Display language',
    timeZone: 'Time zone',
  },
  validation: {
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter a valid email address, like name@example.com.',
    passwordRequired: 'Enter your password.',
    passwordTooShort: 'Password must be at least {{min}} characters.',
    passwordTooLong: 'Password must be at most {{max}} characters.',
    displayNameRequired: 'Enter the name other people will see.',
    displayNameTooLong: 'Display name must be at most {{max}} characters.',
    timeZoneInvalid: 'Choose a time zone from the list.',
  },
  errors: {
    network:
      'Torchbridge could not be reached. Check your connection and try again.',
    invalidCredentials: 'Email or password is incorrect.',
    emailTaken: 'An account with this email already exists. Sign in instead.',
    rateLimited: 'Too many attempts. Please wait a few minutes and try again.',
    rateLimitedWait: 'Too many attempts. Try again in {{seconds}} seconds.',
    validation: 'Please check these fields:',
    sessionEnded: 'Your session has ended. Please sign in again.',
    forbidden: 'You do not have permission to do that.',
    server: 'Something went wrong on our side. Please try again.',
    generic: 'The request could not be completed (error {{status}}).',
    fieldMessage: '{{field}}: {{message}}',
  },
  auth: {
    signIn: {
      title: 'Sign in to Torchbridge',
      pageTitle: 'Sign in',
      intro:
        'Welcome back. Sign in to reach your mentors, founders and community.',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noAccount: 'New to Torchbridge?',
      registerLink: 'Create an account',
    },
    register: {
      title: 'Create your account',
      intro:
        'Founders in Torch Programme incubators and volunteer mentors in Europe and China meet here.',
      passwordHint: 'At least {{min}} characters.',
      displayNameHint:
        'Shown to founders, mentors and managers. You can use Chinese characters.',
      timeZoneHint: 'Used to show meeting times in your local time.',
      submit: 'Create account',
      submitting: 'Creating account…',
      haveAccount: 'Already have an account?',
      signInLink: 'Sign in',
    },
  },
  home: {
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
        mentor:
          'Set your time zone so founders in China can plan calls with you',
        manager: 'Check your display name, language and time zone',
        admin: 'Check your display name, language and time zone',
      },
    },
  },
  parks: {
    title: 'Science parks',
    intro:
      'The national high-tech zones of the Torch Programme and international innovation hubs.',
    search: 'Search by name',
    searchHint: 'English or Chinese, for example Zhongguancun or 中关村.',
    region: 'Region',
    allRegions: 'All regions',
    count: 'Showing {{shown}} of {{total}} science parks.',
    empty: 'No science parks match your search.',
    loadFailed: 'The science parks could not be loaded.',
    torchNo: 'Torch no. {{no}}',
    incubators: 'Incubators: {{count}}',
    location: 'Location',
    website: 'Website',
  },
  settings: {
    title: 'Settings',
    profile: {
      title: 'Profile',
      displayNameHint: 'Shown to founders, mentors and managers.',
      timeZoneHint: 'Dates and times across Torchbridge use this zone.',
      useDeviceZone: 'Use this device’s time zone ({{zone}})',
      save: 'Save changes',
      saving: 'Saving…',
      saved: 'Your changes have been saved.',
    },
    language: {
      title: 'Display language',
      legend: 'Show Torchbridge in',
      hint: 'Your choice is saved to your account and used on every device.',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you were looking for does not exist or has moved.',
    home: 'Return to the start page',
  },
};

export type TranslationResources = typeof en;
