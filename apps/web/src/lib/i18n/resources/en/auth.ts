/** Sign-in and registration. */
export const auth = {
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
    passwordHint:
      'At least {{min}} characters. A few uncommon words work well; not your email or name.',
    displayNameHint:
      'Shown to founders, mentors and managers. You can use Chinese characters.',
    timeZoneHint: 'Used to show meeting times in your local time.',
    submit: 'Create account',
    submitting: 'Creating account…',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
    emailTaken: 'An account with this email already exists. Sign in instead.',
  },
};

export type AuthResources = typeof auth;
