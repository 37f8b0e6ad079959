/** The mentor vetting queue. */
export const vetting = {
  title: 'Vetting',
  intro:
    'New mentor profiles wait here until a community manager approves or rejects them.',
  empty: 'No mentors are waiting for review.',
  loadFailed: 'The review queue could not be loaded.',
  approve: 'Approve',
  reject: 'Reject',
  approveName: 'Approve {{name}}',
  rejectName: 'Reject {{name}}',
  reason: 'Reason for rejecting {{name}}',
  reasonHint: 'The mentor will see this.',
  reasonRequired: 'Give a reason of at least 3 characters.',
  confirmReject: 'Reject with this reason',
  cancel: 'Cancel',
  approved: '{{name}} has been approved.',
  rejected: '{{name}} has been rejected.',
  waiting: 'Waiting: {{count}}',
};

export type VettingResources = typeof vetting;
