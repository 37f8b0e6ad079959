import type { MatchingResources } from '../en/matching';

/** Match scores and the reasons behind them. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const matching: MatchingResources = {
  reasons: {
    label: '匹配理由',
    sector_one: '同一行业：{{list}}',
    sector_other: '同一行业：{{list}}',
    stage: '辅导与你同一阶段的企业：{{stage}}',
    stageNear: '辅导与你相邻阶段的企业（{{stage}}）',
    needs: '覆盖你 {{of}} 项需求中的 {{count}} 项：{{list}}',
    language: '会说{{list}}',
    overlap: '每天重叠工作 {{hours}} 小时',
    market: '常驻{{country}}：符合你的{{direction}}计划',
    marketDomestic: '常驻{{country}}，即你的本土市场',
    load: '{{capacity}} 个名额中还有 {{free}} 个空缺',
    points: '+{{points}} 分',
    pointsLabel: '{{points}} 分',
    and: '、',
    separator: '、',
    pair: {
      stage: '辅导处于该阶段的企业：{{stage}}',
      stageNear: '辅导与该阶段相邻的企业（{{stage}}）',
      needs: '覆盖该企业 {{of}} 项需求中的 {{count}} 项：{{list}}',
      market: '常驻{{country}}：符合该企业的{{direction}}计划',
      marketDomestic: '常驻{{country}}，即该企业的本土市场',
    },
  },
  score: '匹配得分 {{score}}（满分 100）',
};
