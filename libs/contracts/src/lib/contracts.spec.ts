import { isIanaTimeZone } from './time-zone';
import { TAXONOMIES, TaxonomyName, codesOf, labelOf } from './taxonomy';

describe('taxonomies', () => {
  it.each(Object.keys(TAXONOMIES) as TaxonomyName[])('%s has unique stable codes and labels in both languages', (name) => {
    const codes = codesOf(name);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of TAXONOMIES[name]) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(entry.label.en.length).toBeGreaterThan(0);
      expect(entry.label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('covers the sectors and stages the Torch Programme uses', () => {
    expect(codesOf('sectors')).toEqual(expect.arrayContaining(['semiconductors', 'biotech', 'nev', 'ai', 'fintech', 'cleantech']));
    expect(codesOf('stages')).toEqual(['idea', 'prototype', 'pilot-production', 'market-validation', 'scaling', 'pre-ipo']);
    expect(labelOf('sectors', 'semiconductors')).toEqual({ en: 'Semiconductors & IC', zh: '半导体与集成电路' });
  });
});

describe('IANA time zones', () => {
  it('accepts real zones and rejects offsets and inventions', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC']) {
      expect(isIanaTimeZone(zone)).toBe(true);
    }
    for (const zone of ['+08:00', 'Mars/Olympus', '', 'GMT+8', 42]) {
      expect(isIanaTimeZone(zone)).toBe(false);
    }
  });
});
