/** Match scores and the reasons behind them. */
export const matching = {
  reasons: {
    label: 'Why this match',
    sector_one: 'Same sector: {{list}}',
    sector_other: 'Same sectors: {{list}}',
    stage: 'Works with startups at your stage: {{stage}}',
    stageNear: 'Works with the stage next to yours ({{stage}})',
    needs: 'Covers {{count}} of your {{of}} needs: {{list}}',
    language: 'Speaks {{list}}',
    overlap: '{{hours}} h of shared working hours',
    market: 'Based in {{country}}: fits your {{direction}} plans',
    marketDomestic: 'Based in {{country}}, your home market',
    load: '{{free}} of {{capacity}} places free',
    points: '+{{points}}',
    pointsLabel: '{{points}} points',
    and: ' and ',
    separator: ', ',
    pair: {
      stage: 'Works with startups at this stage: {{stage}}',
      stageNear: 'Works with the stage next to this one ({{stage}})',
      needs: 'Covers {{count}} of the startup’s {{of}} needs: {{list}}',
      market: 'Based in {{country}}: fits the startup’s {{direction}} plans',
      marketDomestic: 'Based in {{country}}, the startup’s home market',
    },
  },
  score: 'Match score {{score}} of 100',
};

export type MatchingResources = typeof matching;
