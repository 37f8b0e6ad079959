/** Account settings. */
export const settings = {
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
};

export type SettingsResources = typeof settings;
