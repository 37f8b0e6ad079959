import { PARKS } from '../../testing/parks';
import { filterParks, parkAltName, parkName } from './filter-parks';

const names = (
  query: string,
  region: Parameters<typeof filterParks>[1]['region'] = 'all',
) => filterParks(PARKS, { query, region }).map((park) => park.nameEn);

describe('filterParks', () => {
  it('matches the English name without regard to case or spaces', () => {
    expect(names('zhongguan cun')).toEqual(['Zhongguancun Science Park']);
    expect(names('TAIYUAN')).toEqual([
      'National High-tech Industrial Development Zone of Taiyuan',
    ]);
  });

  it('matches the Chinese name whatever the UI language', () => {
    expect(names('中关村')).toEqual(['Zhongguancun Science Park']);
    expect(names('高新')).toEqual([
      'National High-tech Industrial Development Zone of Taiyuan',
    ]);
  });

  it('treats full-width Latin letters typed with a Chinese keyboard like ordinary ones', () => {
    expect(names('ＡＤＬＥＲＳＨＯＦ')).toEqual(['Berlin Adlershof']);
  });

  it('filters by region and combines it with the search', () => {
    expect(names('', 'international')).toEqual(['Berlin Adlershof']);
    expect(names('park', 'central')).toEqual([]);
    expect(names('')).toHaveLength(3);
  });
});

describe('park names', () => {
  it('uses the Chinese name in Chinese and falls back to English when there is none', () => {
    const [zgc, , adlershof] = PARKS;
    if (!zgc || !adlershof) {
      throw new Error('fixture changed');
    }
    expect(parkName(zgc, 'zh-CN')).toBe('中关村科技园区');
    expect(parkName(zgc, 'en')).toBe('Zhongguancun Science Park');
    expect(parkName(adlershof, 'zh-CN')).toBe('Berlin Adlershof');
    expect(parkAltName(zgc, 'en')).toEqual({
      text: '中关村科技园区',
      lang: 'zh-CN',
    });
    expect(parkAltName(adlershof, 'zh-CN')).toBeNull();
  });
});
