import type { VettingResources } from '../en/vetting';

/** The mentor vetting queue. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const vetting: VettingResources = {
  title: '审核',
  intro: '新的导师资料会在这里等待社区经理通过或拒绝。',
  empty: '目前没有等待审核的导师。',
  loadFailed: '无法加载审核队列。',
  approve: '通过',
  reject: '拒绝',
  approveName: '通过 {{name}}',
  rejectName: '拒绝 {{name}}',
  reason: '拒绝 {{name}} 的原因',
  reasonHint: '导师会看到此内容。',
  reasonRequired: '请填写至少 3 个字符的原因。',
  confirmReject: '以此原因拒绝',
  cancel: '取消',
  approved: '已通过 {{name}}。',
  rejected: '已拒绝 {{name}}。',
  waiting: '等待审核：{{count}}',
};
