import { HttpException } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor, likePattern, relevanceKey } from './cursor';
import { mentorCardRow, toMentorCard } from './directory-rows';
import { cjkGrams, SqlFilter } from './sql-filter';
import { bioTermSql, taxonomyHits } from './text-search';

const MENTOR_ROW = {
  id: '00000000-0000-4000-8000-000000000001',
  user_id: '00000000-0000-4000-8000-000000000002',
  display_name: 'Julia Hoffmann',
  headline_en: 'VC',
  headline_zh: '风投',
  category: 'investor',
  sectors: ['semiconductors'],
  stages: ['scaling'],
  topics: ['fundraising'],
  languages: ['de', 'en'],
  time_zone: 'Europe/Berlin',
  country: 'DE',
  city: 'Munich',
  capacity: 2,
  active_mentees: 3,
  status: 'open',
  paused_until: null,
  vetting: 'approved',
};

describe('directory cursors', () => {
  it('round-trips a sort key and id', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(decodeCursor(encodeCursor('anna', id))).toEqual(['anna', id]);
    expect(decodeCursor(encodeCursor(3, id))).toEqual([3, id]);
    expect(decodeCursor(encodeCursor(2 ** 31 - 1, id))).toEqual([2 ** 31 - 1, id]);
    expect(decodeCursor(encodeCursor(-(2 ** 31), id))).toEqual([-(2 ** 31), id]);
    expect(decodeCursor(encodeCursor('line\tand\nbreak 李', id))).toEqual(['line\tand\nbreak 李', id]);
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const id = '00000000-0000-4000-8000-000000000000';

  it.each([
    'abc',
    cursorOf(['a', 'nope']),
    cursorOf({}),
    'e30=', // padding and other characters outside base64url
    cursorOf([2 ** 31, id]),
    cursorOf([-(2 ** 31) - 1, id]),
    cursorOf([1e300, id]),
    cursorOf([1.5, id]),
    cursorOf(['a\u0000', id]),
    cursorOf(['\ud800', id]),
    cursorOf(['bell\u0007', id]),
    cursorOf(['x'.repeat(401), id]),
    cursorOf(['a', id, 'extra']),
  ])(
    'answers a coded 400 naming the cursor for %s',
    (cursor) => {
      let error: unknown;
      try {
        decodeCursor(cursor);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as HttpException).getStatus()).toBe(400);
      expect((error as HttpException).getResponse()).toMatchObject({ code: 'cursor.invalid', details: [{ field: 'cursor' }] });
    },
  );

  it('treats LIKE wildcards typed by a user as literal characters', () => {
    expect(likePattern('50%_A\\')).toBe('%50\\%\\_a\\\\%');
  });
});

describe('directory rows', () => {
  it('maps a mentor row to its card, never showing negative free places', () => {
    expect(toMentorCard(mentorCardRow.parse(MENTOR_ROW))).toMatchObject({ id: MENTOR_ROW.id, userId: MENTOR_ROW.user_id, displayName: 'Julia Hoffmann', freePlaces: 0 });
  });

  it('refuses a row with a code outside the taxonomy', () => {
    expect(() => mentorCardRow.parse({ ...MENTOR_ROW, sectors: ['warp-drives'] })).toThrow();
  });

  it('indexes Chinese text by characters and pairs', () => {
    expect(cjkGrams('半导体 chip 光')).toEqual(['半导', '导体', '光']);
  });
});

describe('taxonomy search terms', () => {
  it('finds a sector by a part of its Chinese label, its English words and synonyms', () => {
    expect(taxonomyHits('人工智能').sectors).toEqual(['ai']);
    expect(taxonomyHits('医疗').sectors).toContain('medical-devices');
    expect(taxonomyHits('Medical').sectors).toEqual(['medical-devices']);
    expect(taxonomyHits('KI').sectors).toEqual(['ai']);
    expect(taxonomyHits('Medizintechnik').sectors).toEqual(['medical-devices']);
    expect(taxonomyHits('pilot').stages).toEqual(['pilot-production']);
    expect(taxonomyHits('专利').topics).toEqual(['ip-patents']);
  });

  it('matches Latin text only at the start of a word, and never for one letter', () => {
    // "ai" is inside "certification" and "Mainland" but starts no word of those labels.
    expect(taxonomyHits('ai')).toEqual({ sectors: ['ai'], stages: [], topics: [] });
    expect(taxonomyHits('a')).toEqual({ sectors: [], stages: [], topics: [] });
    expect(taxonomyHits('林')).toEqual({ sectors: [], stages: [], topics: [] });
  });

  it('counts bio text as a hit only when the query is a term of it', () => {
    const f = new SqlFilter();
    expect(bioTermSql(f, ['mp.bio_zh'], '林')).toBe('false');
    expect(bioTermSql(f, ['mp.bio_zh'], '柏林')).toBe('true');
    expect(bioTermSql(f, ['mp.bio_en'], 'Battery')).toBe('true');
    expect(f.params).toEqual([]);
    expect(bioTermSql(f, ['mp.bio_en'], 'AI')).toBe('lower(mp.bio_en) ~ $1');
    expect(f.params).toEqual(['\\mai']);
  });

  it('reads a relevance cursor key and refuses any other', () => {
    expect(relevanceKey('1:julia hoffmann')).toEqual([1, 'julia hoffmann']);
    expect(() => relevanceKey('julia')).toThrow(AppError);
    expect(() => relevanceKey(3)).toThrow(AppError);
  });
});
