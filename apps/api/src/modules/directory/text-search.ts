import { SECTORS, STAGES, TOPICS, type SectorCode, type StageCode, type TopicCode } from '@torchbridge/contracts';
import { likePattern } from './cursor';
import { cjkGrams, type SqlFilter } from './sql-filter';

/**
 * Words people type for a taxonomy entry besides its en/zh labels: abbreviations, everyday Chinese, German.
 * Only searched, never shown.
 */
const SYNONYMS: Partial<Record<SectorCode | StageCode | TopicCode, readonly string[]>> = {
  semiconductors: ['chips', 'IC design', '芯片', '集成电路', 'Halbleiter'],
  'advanced-materials': ['materials', '材料', 'Werkstoffe'],
  biotech: ['biomedicine', 'pharma', '生物医药', '医药', 'Biotechnologie'],
  'medical-devices': ['medtech', 'healthcare', '医疗', '医疗设备', 'Medizintechnik'],
  nev: ['EV', 'electric vehicles', '电动汽车', 'Elektroauto', 'Elektromobilität'],
  'new-energy': ['battery', 'batteries', 'energy storage', '电池', '储能', 'Energiespeicher'],
  'smart-manufacturing': ['industry 4.0', 'robotics', '机器人', '工业4.0', 'Industrie 4.0'],
  ai: ['AI', 'machine learning', '机器学习', 'KI', 'künstliche Intelligenz'],
  software: ['SaaS', 'digital', '软件', 'Software'],
  'communication-equipment': ['telecom', '5G', '通信', 'Telekommunikation'],
  optoelectronics: ['photonics', '光电', '光子', 'Photonik'],
  aerospace: ['aviation', 'drones', '无人机', 'Luftfahrt', 'Raumfahrt'],
  agritech: ['agriculture', '农业', 'Landwirtschaft'],
  cleantech: ['climate', '环保', 'Umwelttechnik'],
  fintech: ['payments', '支付', '金融', 'Finanztechnologie'],
  idea: ['Idee', '想法'],
  prototype: ['Prototyp', '原型'],
  'pilot-production': ['Pilotfertigung', '中试'],
  'market-validation': ['Markteinführung', '验证'],
  scaling: ['growth', 'Skalierung', '扩张'],
  'pre-ipo': ['IPO', 'Börsengang', '上市'],
  fundraising: ['venture capital', 'investment', '融资', '投资', 'Finanzierung'],
  grants: ['subsidies', '补贴', 'Fördermittel'],
  'ip-patents': ['patent', 'intellectual property', '专利', '知识产权', 'Patente'],
  'company-setup': ['legal', 'incorporation', '法务', 'Firmengründung'],
  'data-protection': ['privacy', 'GDPR', 'PIPL', '数据保护', '隐私', 'Datenschutz'],
  certification: ['CE', 'CCC', '认证', 'Zertifizierung'],
  'export-control': ['export', '出口', 'Exportkontrolle'],
  'manufacturing-quality': ['quality', 'ISO 9001', '质量', 'Qualitätsmanagement'],
  'go-to-market': ['sales', 'marketing', '销售', 'Vertrieb'],
  pricing: ['Preisgestaltung', '价格'],
  hiring: ['recruiting', 'talent', '人才', 'Personal'],
  esg: ['sustainability', '可持续', 'Nachhaltigkeit'],
  pitching: ['pitch', 'demo day', 'Pitch'],
};

const CJK = /[\u3400-\u9fff]/;
const REGEX_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** Taxonomy codes whose labels or synonyms the query names. */
export interface TaxonomyHits {
  sectors: SectorCode[];
  stages: StageCode[];
  topics: TopicCode[];
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Chinese has no spaces, so a Chinese query matches anywhere in a label; a Latin query must start a word of the
 * label and have two letters or more (so "ai" finds "AI" but not "certification").
 */
function namesEntry(q: string, words: readonly string[]): boolean {
  if (CJK.test(q)) {
    return words.some((w) => w.toLowerCase().includes(q));
  }
  if (q.length < 2) {
    return false;
  }
  const start = new RegExp(`(^|[^\\p{L}\\p{N}])${q.replace(REGEX_SPECIAL, '\\$&')}`, 'u');
  return words.some((w) => start.test(w.toLowerCase()));
}

export function taxonomyHits(query: string): TaxonomyHits {
  const q = normalise(query);
  const matching = <C extends string>(list: readonly { code: C; label: { en: string; zh: string } }[]) =>
    list.filter((e) => namesEntry(q, [e.label.en, e.label.zh, ...(SYNONYMS[e.code as SectorCode] ?? [])])).map((e) => e.code);
  return { sectors: matching(SECTORS), stages: matching(STAGES), topics: matching(TOPICS) };
}

/**
 * Whether a text candidate that matched nowhere better counts as a bio/pitch hit: the query must be a term of the
 * text. A Chinese query needs two characters or more (one character is usually part of a longer word: 林 in 柏林);
 * a Latin query of three letters or more is a term wherever it stands, a shorter one must start a word ("ai" is not
 * in "maintain"). Only the short Latin case needs a per-row check, so the common searches cost no regex.
 */
export function bioTermSql(f: SqlFilter, columns: string[], query: string): string {
  const q = normalise(query);
  if (CJK.test(q)) {
    return cjkGrams(q).every((g) => g.length === 1) ? 'false' : 'true';
  }
  if (q.length >= 3) {
    return 'true';
  }
  const word = f.param(`\\m${q.replace(REGEX_SPECIAL, '\\$&')}`);
  return columns.map((c) => `lower(${c}) ~ ${word}`).join(' OR ');
}

/** How well a profile matches; lower is better. `WEAK` hits are shown only when nothing better matches. */
export const RANK = { name: 0, tag: 1, headline: 2, bio: 3, weak: 4 } as const;

export interface SearchSpec {
  table: string;
  alias: string;
  /** Columns that name the profile. */
  names: string[];
  /** Short descriptive columns, matched anywhere. */
  headlines: string[];
  /** Long text, matched as a term only (see `bioTermSql`). */
  bios: string[];
  /** Array columns holding sector / stage / topic codes, or a scalar column for one code. */
  tags: { column: string; codes: (hits: TaxonomyHits) => string[]; scalar?: boolean }[];
  /** Who may be found at all (the viewer's audience); the "nothing better" rule looks only within it. */
  audience: string[];
}

/**
 * `hits(id, rank)`: profiles matching the query by name, taxonomy label, headline or bio, each with its best rank.
 * One bitmap scan over the search_text indexes and the tag indexes finds the candidates; ranks are worked out for
 * candidates only.
 */
export function searchHits(f: SqlFilter, spec: SearchSpec, query: string): string {
  const a = spec.alias;
  const tags = taxonomyHits(query);
  const like = f.param(likePattern(normalise(query)));
  const tagClauses = spec.tags.flatMap(({ column, codes, scalar }) => {
    const list = codes(tags);
    return list.length ? [scalar ? `${a}.${column} = ANY(${f.param(list)}::text[])` : `${a}.${column} && ${f.param(list)}::text[]`] : [];
  });
  const matches = (columns: string[]) => columns.map((c) => `lower(${a}.${c}) LIKE ${like}`).join(' OR ');
  const rank = `CASE
      WHEN ${matches(spec.names)} THEN ${RANK.name}
      ${tagClauses.length ? `WHEN ${tagClauses.join(' OR ')} THEN ${RANK.tag}` : ''}
      ${spec.headlines.length ? `WHEN ${matches(spec.headlines)} THEN ${RANK.headline}` : ''}
      WHEN ${bioTermSql(f, spec.bios.map((c) => `${a}.${c}`), query)} THEN ${RANK.bio}
      ELSE ${RANK.weak} END`;
  const audience = spec.audience.length ? `AND ${spec.audience.join(' AND ')}` : '';
  return `WITH found AS MATERIALIZED (
      SELECT ${a}.id, ${rank} AS rank FROM ${spec.table} ${a}
       WHERE (${[f.textMatch(a, normalise(query)), ...tagClauses].join(' OR ')}) ${audience}
    ), hits AS (
      SELECT id, rank FROM found WHERE rank < ${RANK.weak} OR NOT EXISTS (SELECT 1 FROM found WHERE rank < ${RANK.weak})
    ) `;
}
