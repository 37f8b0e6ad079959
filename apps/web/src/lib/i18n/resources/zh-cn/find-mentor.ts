import type { FindMentorResources } from '../en/find-mentor';

/** Mentor recommendations for a founder and the request form. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const findMentor: FindMentorResources = {
  title: '寻找导师',
  intro:
    '根据行业、阶段、需求、语言、重叠工作时间和市场，为你的企业排序的导师。',
  includePast: '包括曾与我合作过的导师',
  loadFailed: '无法加载推荐。',
  noStartup: '创建企业资料后即可获得推荐。',
  createStartup: '创建企业资料',
  empty: '目前没有有空余名额的导师适合你的企业。请稍后再试或浏览导师名录。',
  request: '发出请求',
  requestName: '向 {{name}} 发出请求',
  message: '给 {{name}} 的留言',
  messageHint:
    '说明为什么选择这位导师以及希望合作的内容。导师有 7 天时间答复。',
  messageRequired: '请写一段简短的留言。',
  send: '发送请求',
  sending: '发送中…',
  cancel: '取消',
  sent: '你给 {{name}} 的请求已发送。',
  viewProfile: '{{name}} 的完整资料',
  localTime: '当地时间：',
  requested: '已请求',
  requestedHint: '你已向 {{name}} 发出请求，正在等待答复。',
  yourMentor: '你的导师',
  yourMentorHint: '{{name}} 已在辅导你的企业。',
};
