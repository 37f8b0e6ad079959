import type { Bilingual } from './i18n';

/** A stable code with its labels. Codes are stored in the database; labels are only shown. */
export interface TaxonomyEntry<C extends string = string> {
  code: C;
  label: Bilingual;
}

function entries<const C extends string>(list: readonly { code: C; en: string; zh: string }[]) {
  return list.map(({ code, en, zh }) => ({ code, label: { en, zh } })) as readonly TaxonomyEntry<C>[];
}

export const SECTORS = entries([
  { code: 'semiconductors', en: 'Semiconductors & IC', zh: '半导体与集成电路' },
  { code: 'advanced-materials', en: 'Advanced materials', zh: '新材料' },
  { code: 'biotech', en: 'Biotech & biomedicine', zh: '生物技术与生物医药' },
  { code: 'medical-devices', en: 'Medical devices', zh: '医疗器械' },
  { code: 'nev', en: 'New-energy vehicles', zh: '新能源汽车' },
  { code: 'new-energy', en: 'New energy & storage', zh: '新能源与储能' },
  { code: 'smart-manufacturing', en: 'Smart manufacturing & industrial internet', zh: '智能制造与工业互联网' },
  { code: 'ai', en: 'Artificial intelligence', zh: '人工智能' },
  { code: 'software', en: 'Software & digital services', zh: '软件与数字服务' },
  { code: 'communication-equipment', en: 'Communication equipment', zh: '通信设备' },
  { code: 'optoelectronics', en: 'Optoelectronics', zh: '光电子' },
  { code: 'aerospace', en: 'Aerospace & aviation', zh: '航空航天' },
  { code: 'agritech', en: 'Agritech', zh: '农业科技' },
  { code: 'cleantech', en: 'Cleantech', zh: '清洁技术' },
  { code: 'fintech', en: 'Fintech', zh: '金融科技' },
]);
export type SectorCode = (typeof SECTORS)[number]['code'];

export const STAGES = entries([
  { code: 'idea', en: 'Idea', zh: '创意阶段' },
  { code: 'prototype', en: 'Prototype', zh: '原型阶段' },
  { code: 'pilot-production', en: 'Pilot production', zh: '中试生产' },
  { code: 'market-validation', en: 'Market validation', zh: '市场验证' },
  { code: 'scaling', en: 'Scaling', zh: '规模化扩张' },
  { code: 'pre-ipo', en: 'Pre-IPO', zh: '上市前' },
]);
export type StageCode = (typeof STAGES)[number]['code'];

export const TOPICS = entries([
  { code: 'fundraising', en: 'Fundraising & VC', zh: '融资与风险投资' },
  { code: 'grants', en: 'Non-dilutive grants (Innofund, EU Horizon)', zh: '非稀释性资助（创新基金、欧盟地平线）' },
  { code: 'ip-patents', en: 'IP & patents', zh: '知识产权与专利' },
  { code: 'market-entry-china', en: 'Market entry: China', zh: '进入中国市场' },
  { code: 'market-entry-europe', en: 'Market entry: Europe', zh: '进入欧洲市场' },
  { code: 'company-setup', en: 'Company setup & legal', zh: '公司设立与法务' },
  { code: 'data-protection', en: 'GDPR / PIPL & data localisation', zh: 'GDPR / 个人信息保护法与数据本地化' },
  { code: 'certification', en: 'Certification (CE, CCC)', zh: '产品认证（CE、CCC）' },
  { code: 'export-control', en: 'Export control', zh: '出口管制' },
  { code: 'manufacturing-quality', en: 'Manufacturing scale-up & quality (ISO 9001, IATF 16949)', zh: '量产与质量体系（ISO 9001、IATF 16949）' },
  { code: 'go-to-market', en: 'Go-to-market & sales', zh: '市场推广与销售' },
  { code: 'pricing', en: 'Pricing', zh: '定价' },
  { code: 'hiring', en: 'Hiring', zh: '招聘' },
  { code: 'esg', en: 'ESG', zh: 'ESG（环境、社会与治理）' },
  { code: 'pitching', en: 'Pitching', zh: '路演' },
]);
export type TopicCode = (typeof TOPICS)[number]['code'];

/** Categories of the Torch Entrepreneur Mentors Action. */
export const MENTOR_CATEGORIES = entries([
  { code: 'technopreneur', en: 'Technopreneur', zh: '科技创业家' },
  { code: 'executive', en: 'Executive / corporate leader', zh: '企业高管' },
  { code: 'investor', en: 'Investor / financial expert', zh: '投资与金融专家' },
  { code: 'business-counsellor', en: 'Business counsellor', zh: '创业咨询师' },
  { code: 'st-professional', en: 'Science & technology professional', zh: '科技专家' },
]);
export type MentorCategoryCode = (typeof MENTOR_CATEGORIES)[number]['code'];

export const INCUBATOR_KINDS = entries([
  { code: 'university-science-park', en: 'University science park', zh: '大学科技园' },
  { code: 'returnee', en: 'Returnee / overseas-scholar incubator', zh: '留学人员创业园' },
  { code: 'international', en: 'International business incubator', zh: '国际企业孵化器' },
  { code: 'sector-specific', en: 'Sector-specific incubator', zh: '专业孵化器' },
  { code: 'private', en: 'Private incubator', zh: '民营孵化器' },
]);
export type IncubatorKindCode = (typeof INCUBATOR_KINDS)[number]['code'];

export const MARKET_DIRECTIONS = entries([
  { code: 'china-to-europe', en: 'China → Europe', zh: '中国 → 欧洲' },
  { code: 'europe-to-china', en: 'Europe → China', zh: '欧洲 → 中国' },
  { code: 'domestic', en: 'Domestic', zh: '国内市场' },
]);
export type MarketDirectionCode = (typeof MARKET_DIRECTIONS)[number]['code'];

/** Regions used by the Torch statistical yearbook, plus hubs outside China. */
export const REGIONS = entries([
  { code: 'eastern', en: 'Eastern China', zh: '东部地区' },
  { code: 'central', en: 'Central China', zh: '中部地区' },
  { code: 'western', en: 'Western China', zh: '西部地区' },
  { code: 'northeastern', en: 'Northeastern China', zh: '东北地区' },
  { code: 'international', en: 'Outside China', zh: '中国境外' },
]);
export type RegionCode = (typeof REGIONS)[number]['code'];

/** Languages people speak (ISO 639-1), not UI languages. */
export const LANGUAGES = entries([
  { code: 'zh', en: 'Mandarin Chinese', zh: '普通话' },
  { code: 'en', en: 'English', zh: '英语' },
  { code: 'de', en: 'German', zh: '德语' },
  { code: 'fr', en: 'French', zh: '法语' },
  { code: 'yue', en: 'Cantonese', zh: '粤语' },
]);
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const TAXONOMIES = {
  sectors: SECTORS,
  stages: STAGES,
  topics: TOPICS,
  mentorCategories: MENTOR_CATEGORIES,
  incubatorKinds: INCUBATOR_KINDS,
  marketDirections: MARKET_DIRECTIONS,
  regions: REGIONS,
  languages: LANGUAGES,
} as const;
export type TaxonomyName = keyof typeof TAXONOMIES;

export function codesOf(name: TaxonomyName): string[] {
  return TAXONOMIES[name].map((entry) => entry.code);
}

export function labelOf(name: TaxonomyName, code: string): TaxonomyEntry['label'] | undefined {
  return TAXONOMIES[name].find((entry) => entry.code === code)?.label;
}
