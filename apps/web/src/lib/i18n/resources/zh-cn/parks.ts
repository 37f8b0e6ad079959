import type { ParksResources } from '../en/parks';

/** Science parks and hubs: the list and the form that adds one. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const parks: ParksResources = {
  title: '科技园区',
  intro: '火炬计划国家高新技术产业开发区以及国际创新枢纽。',
  search: '按名称搜索',
  searchHint: '支持中文或英文，例如 中关村 或 Zhongguancun。',
  region: '地区',
  allRegions: '全部地区',
  count: '显示 {{shown}} / {{total}} 个科技园区。',
  empty: '没有符合搜索条件的科技园区。',
  loadFailed: '无法加载科技园区。',
  torchNo: '火炬编号 {{no}}',
  incubators: '孵化器：{{count}} 家',
  location: '所在地',
  website: '网站',
  add: {
    title: '添加园区或创新枢纽',
    intro: '适用于国家高新区以及中国境外的创新枢纽。',
    nameEn: '英文名称',
    nameZh: '中文名称',
    nameZhHint: '中国境外的枢纽可不填。',
    city: '城市',
    country: '国家或地区',
    countryHint: '两位字母代码，例如 CN 或 DE。',
    region: '地区',
    website: '网站',
    websiteHint: '选填，以 https:// 开头',
    submit: '添加园区',
    submitting: '正在添加…',
    added: '已添加 {{name}}。',
  },
};
