import { render } from '@testing-library/react';
import { TimeZoneBadge } from './time-zone-badge';

const BERLIN_SHANGHAI = [
  { timeZone: 'Europe/Berlin' },
  { timeZone: 'Asia/Shanghai' },
] as const;

describe('TimeZoneBadge', () => {
  it('shows one instant in both zones', () => {
    const { container } = render(
      <TimeZoneBadge
        at="2026-03-28T18:00:00.000Z"
        zones={BERLIN_SHANGHAI}
        locale="en"
      />,
    );

    expect(container).toHaveTextContent('19:00 Berlin · 02:00 Shanghai');
  });

  it('follows Berlin into summer time while Shanghai stays put', () => {
    const { container } = render(
      <TimeZoneBadge
        at="2026-03-29T18:00:00.000Z"
        zones={BERLIN_SHANGHAI}
        locale="en"
      />,
    );

    expect(container).toHaveTextContent('20:00 Berlin · 02:00 Shanghai');
  });

  it('uses translated place names when given', () => {
    const { container } = render(
      <TimeZoneBadge
        at="2026-03-28T18:00:00.000Z"
        zones={[
          { timeZone: 'Asia/Shanghai', name: '上海' },
          { timeZone: 'Europe/Berlin', name: '柏林' },
        ]}
        locale="zh-CN"
      />,
    );

    expect(container).toHaveTextContent('02:00 上海 · 19:00 柏林');
    expect(container.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-03-28T18:00:00.000Z',
    );
  });
});
