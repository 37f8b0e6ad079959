import type { MentorsResources } from '../en/mentors';

/** The mentor directory and mentor pages. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const mentors: MentorsResources = {
  title: '导师',
  intro: '来自欧洲和中国、在技术、产业和投资方面经验丰富的志愿导师。',
  searchHint: '搜索姓名、简介和个人介绍，中英文均可。',
  sector: '行业',
  stage: '阶段',
  topic: '领域',
  language: '使用语言',
  country: '国家或地区',
  available: '只看还有名额的导师',
  vetting: '审核状态',
  sortName: '姓名',
  sortNewest: '最新加入',
  sortFreePlaces: '名额最多',
  empty: '没有符合这些筛选条件的导师，请减少筛选条件。',
  loadFailed: '无法加载导师列表。',
  freePlaces: '剩余名额：{{count}} / {{capacity}}',
  paused: '暂停中',
  pausedUntil: '暂停至 {{date}}',
  category: '导师类别',
  bio: '个人介绍',
  noBio: '暂无个人介绍。',
  conflicts: '利益冲突',
  vettingState: '审核状态：{{state}}',
};
