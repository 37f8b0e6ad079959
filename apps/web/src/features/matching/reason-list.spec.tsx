import type { Locale } from '@torchbridge/contracts';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../lib/i18n/i18n';
import { makeRecommendation } from '../../testing/matching';
import { ReasonList } from './reason-list';

function renderReasons(
  locale: Locale,
  perspective: 'founder' | 'pair' = 'founder',
) {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ReasonList
        reasons={makeRecommendation().reasons}
        perspective={perspective}
      />
    </I18nextProvider>,
  );
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.firstChild?.textContent);
}

describe('ReasonList', () => {
  it('writes every reason in English from its code, params and taxonomy labels', () => {
    expect(renderReasons('en')).toEqual([
      'Same sector: Semiconductors & IC',
      'Covers 2 of your 3 needs: Certification (CE, CCC) and Fundraising & VC',
      'Speaks Mandarin Chinese and English',
      '3 h of shared working hours',
      'Based in Germany: fits your China → Europe plans',
      'Works with startups at your stage: Prototype',
      '2 of 3 places free',
    ]);
    expect(screen.getByRole('list', { name: 'Why this match' })).toBeVisible();
    expect(screen.getByLabelText('18.8 points')).toHaveTextContent('+18.8');
  });

  it('writes the same reasons in Chinese', () => {
    expect(renderReasons('zh-CN')).toEqual([
      '同一行业：半导体与集成电路',
      '覆盖你 3 项需求中的 2 项：产品认证（CE、CCC）、融资与风险投资',
      '会说普通话、英语',
      '每天重叠工作 3 小时',
      '常驻德国：符合你的中国 → 欧洲计划',
      '辅导与你同一阶段的企业：原型阶段',
      '3 个名额中还有 2 个空缺',
    ]);
  });

  it('describes the pair to a manager instead of addressing the founder', () => {
    expect(renderReasons('en', 'pair')).toEqual([
      'Same sector: Semiconductors & IC',
      'Covers 2 of the startup’s 3 needs: Certification (CE, CCC) and Fundraising & VC',
      'Speaks Mandarin Chinese and English',
      '3 h of shared working hours',
      'Based in Germany: fits the startup’s China → Europe plans',
      'Works with startups at this stage: Prototype',
      '2 of 3 places free',
    ]);
  });
});
