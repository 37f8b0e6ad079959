import type { OutboxResources } from '../en/outbox';

/** 开发用发件箱：未配置邮件服务器时产品本应发出的邮件。Simplified Chinese, typed against the English file. */
export const outbox: OutboxResources = {
  title: '发件箱',
  lead: '尚未配置邮件服务器，因此 Torchbridge 发出的邮件（邀请、变更、提醒）保存在这里。',
  loadFailed: '无法加载发件箱。',
  empty: '还没有邮件。',
  list: '邮件，最新的在前',
  to: '收件人',
  subject: '主题',
  sent: '发送时间',
  open: '阅读',
  openMail: '阅读“{{subject}}”',
  reading: '邮件',
  attachments: '附件',
  download: '下载 {{name}}',
  close: '关闭',
};
