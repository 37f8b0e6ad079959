/** The notification bell and what each kind of notification says. */
export const notifications = {
  bell: 'Notifications',
  bellUnread: 'Notifications ({{count}} unread)',
  title: 'Notifications',
  markAllRead: 'Mark all read',
  loading: 'Loading notifications…',
  loadFailed: 'Notifications could not be loaded.',
  empty: 'Nothing new. Requests, answers and milestones will show up here.',
  unread: 'Unread:',
  kinds: {
    request: {
      received: '{{founder}} of {{startup}} asked you to be their mentor.',
      proposed: 'The programme proposed {{mentor}} as mentor for {{startup}}. Confirm it so they can accept.',
      accepted: '{{mentor}} accepted your request. Your mentorship and its conversation are open.',
      declined: '{{mentor}} declined your request: “{{reason}}”',
      expired: 'Your request to {{mentor}} expired without an answer.',
      withdrawn: '{{founder}} of {{startup}} withdrew their request.',
    },
    conversation: {
      added: 'You were added to the group conversation “{{title}}”.',
    },
    mentorship: {
      completed: 'A mentorship of yours was marked completed. Leave your feedback.',
      ended: 'A mentorship of yours was ended. Leave your feedback.',
    },
    milestone: {
      proposed: 'New milestone proposed: “{{title}}”. Agree to it if it fits.',
      agreed: 'Milestone agreed: “{{title}}”.',
    },
  },
};

export type NotificationsResources = typeof notifications;
