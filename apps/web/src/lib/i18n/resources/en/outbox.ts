/** The dev outbox: mail the product would have sent while no mail server is set up. */
export const outbox = {
  title: 'Outbox',
  lead: 'No mail server is set up, so the mail Torchbridge sends (invites, changes, reminders) is kept here instead.',
  loadFailed: 'The outbox could not be loaded.',
  empty: 'No mail yet.',
  list: 'Mail, newest first',
  to: 'To',
  subject: 'Subject',
  sent: 'Sent',
  open: 'Read',
  openMail: 'Read “{{subject}}”',
  reading: 'Mail',
  attachments: 'Attachments',
  download: 'Download {{name}}',
  close: 'Close',
};

export type OutboxResources = typeof outbox;
