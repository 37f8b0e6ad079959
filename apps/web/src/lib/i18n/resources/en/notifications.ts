/** The notification bell and what each kind of notification says. */
export const notifications = {
  bell: 'Notifications',
  bellUnread: 'Notifications ({{count}} unread)',
  title: 'Notifications',
  markAllRead: 'Mark all read',
  loading: 'Loading notifications…',
  loadFailed: 'Notifications could not be loaded.',
  empty:
    'Nothing new. Requests, answers, milestones and sessions will show up here.',
  unread: 'Unread:',
  kinds: {
    request: {
      received: '{{founder}} of {{startup}} asked you to be their mentor.',
      proposed:
        'The programme proposed {{mentor}} as mentor for {{startup}}. Confirm it so they can accept.',
      accepted:
        '{{mentor}} accepted your request. Your mentorship and its conversation are open.',
      declined: '{{mentor}} declined your request: “{{reason}}”',
      expired: 'Your request to {{mentor}} expired without an answer.',
      withdrawn: '{{founder}} of {{startup}} withdrew their request.',
    },
    conversation: {
      added: 'You were added to the group conversation “{{title}}”.',
    },
    mentorship: {
      completed:
        'A mentorship of yours was marked completed. Leave your feedback.',
      ended: 'A mentorship of yours was ended. Leave your feedback.',
    },
    milestone: {
      proposed: 'New milestone proposed: “{{title}}”. Agree to it if it fits.',
      agreed: 'Milestone agreed: “{{title}}”.',
    },
    booking: {
      requested:
        '{{founder}} asked for a session on {{start}}. Confirm it or suggest another time.',
      confirmed: 'Your session with {{mentor}} on {{start}} is confirmed.',
      rescheduled: 'A session moved from {{previousStart}} to {{start}}.',
      rescheduledWithReason:
        'A session moved from {{previousStart}} to {{start}}: “{{reason}}”',
      cancelled: 'The session on {{start}} was cancelled.',
      cancelledWithReason:
        'The session on {{start}} was cancelled: “{{reason}}”',
      reminder: 'Reminder: you have a session tomorrow, {{start}}.',
      reminderSoon:
        'Reminder: your session starts within the hour, at {{start}}.',
    },
    event: {
      registration_approved:
        'You are in: your registration for “{{event}}” was approved. Ask people for meetings now.',
      registration_declined:
        'Your registration for “{{event}}” was not approved.',
      request_received: '{{person}} asked you for a meeting at “{{event}}”.',
      request_accepted:
        '{{person}} accepted your meeting request at “{{event}}”.',
      request_declined:
        '{{person}} declined your meeting request at “{{event}}”.',
      schedule_published:
        'The meeting schedule of “{{event}}” is out. See your agenda.',
    },
  },
};

export type NotificationsResources = typeof notifications;
