import type { StartupsResources } from '../en/startups';

/** The startup directory and startup pages. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const startups: StartupsResources = {
  title: '创业企业',
  intro: '火炬计划园区和孵化器中正在寻找导师的科技创业企业。',
  searchHint: '搜索企业名称和简介，中英文均可。',
  need: '需求',
  region: '地区',
  marketDirection: '市场方向',
  sortName: '名称',
  sortNewest: '最新加入',
  empty: '没有符合这些筛选条件的创业企业，请减少筛选条件。',
  loadFailed: '无法加载创业企业列表。',
  incubator: '孵化器',
  stage: '阶段',
  needs: '希望获得帮助的领域',
  pitch: '企业简介',
  noPitch: '暂无企业简介。',
  founded: '成立年份',
  teamSize: '团队规模',
  targetMarkets: '目标市场',
  highTech: '高新技术企业',
  founders: '创始人',
};
