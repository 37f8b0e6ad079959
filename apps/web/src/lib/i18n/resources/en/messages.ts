/** Conversations and the message thread. */
export const messages = {
  removed: 'You are no longer a member of this conversation.',
  members: 'Members',
  online: 'online',
  offline: 'offline',
  removeMember: 'Remove {{name}}',
  leave: 'Leave this group',
  memberChangeFailed: 'The member list could not be changed.',
  group: 'Group',
  title: 'Messages',
  intro: 'Your conversations with the people you work with.',
  loadFailed: 'Conversations could not be loaded.',
  empty: 'No conversations yet. An accepted mentorship opens one.',
  unread: '{{count}} unread',
  youSaid: 'You: {{body}}',
  noMessagesYet: 'No messages yet.',
  back: 'All conversations',
  with: 'Conversation with {{name}}',
  history: 'Message history',
  loadOlder: 'Load older messages',
  loadingOlder: 'Loading older messages…',
  olderFailed: 'Older messages could not be loaded.',
  sending: 'Sending…',
  failed: 'Not sent',
  read: 'Read',
  typing: '{{name}} is typing…',
  reconnecting:
    'Reconnecting… Messages you send now go out once the connection is back.',
  composer: 'Message',
  composerHint: 'Enter sends, Shift+Enter starts a new line.',
  counter: '{{count}} / {{max}} characters',
  send: 'Send',
  notFound:
    'This conversation does not exist, or you are not one of its members.',
  someone: 'Someone',
};

export type MessagesResources = typeof messages;
