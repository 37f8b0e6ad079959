import type { NotificationsResources } from '../en/notifications';

/** 通知铃和各类通知的文字。Simplified Chinese, typed against the English file. */
export const notifications: NotificationsResources = {
  bell: '通知',
  bellUnread: '通知（{{count}} 条未读）',
  title: '通知',
  markAllRead: '全部标为已读',
  loading: '正在加载通知…',
  loadFailed: '无法加载通知。',
  empty: '暂无新通知。请求、答复、里程碑和会谈会显示在这里。',
  unread: '未读：',
  kinds: {
    request: {
      received: '{{startup}} 的 {{founder}} 希望你担任导师。',
      proposed:
        '项目为 {{startup}} 推荐了导师 {{mentor}}。请确认，对方才能接受。',
      accepted: '{{mentor}} 接受了你的请求。辅导关系和对话已开启。',
      declined: '{{mentor}} 拒绝了你的请求：“{{reason}}”',
      expired: '你发给 {{mentor}} 的请求已过期，未获答复。',
      withdrawn: '{{startup}} 的 {{founder}} 撤回了请求。',
    },
    conversation: {
      added: '你已被加入群聊“{{title}}”。',
    },
    mentorship: {
      completed: '你的一段辅导关系已标记为完成。请留下反馈。',
      ended: '你的一段辅导关系已结束。请留下反馈。',
    },
    milestone: {
      proposed: '有人提议了新的里程碑：“{{title}}”。如合适请确认。',
      agreed: '里程碑已确认：“{{title}}”。',
    },
    booking: {
      requested:
        '{{founder}} 申请在 {{start}} 进行辅导会谈。请确认或另约时间。',
      confirmed: '你与 {{mentor}} 在 {{start}} 的会谈已确认。',
      rescheduled: '一场会谈已从 {{previousStart}} 改到 {{start}}。',
      rescheduledWithReason:
        '一场会谈已从 {{previousStart}} 改到 {{start}}：“{{reason}}”',
      cancelled: '{{start}} 的会谈已取消。',
      cancelledWithReason: '{{start}} 的会谈已取消：“{{reason}}”',
      reminder: '提醒：你明天 {{start}} 有一场会谈。',
      reminderSoon: '提醒：你的会谈将在一小时内开始，时间为 {{start}}。',
    },
    event: {
      registration_approved:
        '你报名的“{{event}}”已通过审核，现在可以发起约见了。',
      registration_declined: '你报名的“{{event}}”未通过审核。',
      request_received: '{{person}} 在“{{event}}”中向你发起了约见。',
      request_accepted: '{{person}} 接受了你在“{{event}}”中的约见请求。',
      request_declined: '{{person}} 拒绝了你在“{{event}}”中的约见请求。',
      schedule_published: '“{{event}}”的会面日程已发布，请查看你的日程。',
    },
  },
};
