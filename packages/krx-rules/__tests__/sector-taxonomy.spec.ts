import { describe, expect, it } from 'vitest';
import {
  findKrxSector,
  KRX_SECTORS,
  KrxRuleInputError,
  krxSector,
  krxSectorOf,
  sectorIncludes,
} from '@capstone/krx-rules';

describe('the KRX sector taxonomy', () => {
  it('names every sector in Korean first and English second, under a unique code', () => {
    expect(new Set(KRX_SECTORS.map((sector) => sector.code)).size).toBe(KRX_SECTORS.length);
    for (const sector of KRX_SECTORS) {
      expect(sector.nameKo).toMatch(/[가-힣]/);
      expect(sector.nameEn).toMatch(/^[A-Z][A-Za-z ,&-]+$/);
      if (sector.parentCode) expect(krxSector(sector.parentCode)?.parentCode).toBeNull();
    }
  });

  it('folds a KOSDAQ industry code onto the KOSPI code of the same industry', () => {
    expect(krxSector('1028')).toEqual(krxSector('0013'));
    expect(krxSector('1028')).toMatchObject({ nameKo: '전기·전자', parentCode: '0027' });
    expect(krxSector('1014')?.code).toBe('0021');
    // KOSDAQ-only classes keep their own code.
    expect(krxSector('1031')).toMatchObject({ code: '1031', nameKo: '기타제조' });
    expect(krxSector('0001')).toBeNull();
  });

  it('takes the finest class a record gives, and places KRX semiconductor-index members in 전기·전자', () => {
    expect(krxSectorOf({ large: '0027', medium: '0013', small: '0000' })?.code).toBe('0013');
    expect(krxSectorOf({ large: '0021', medium: '0000', small: '0000' })?.code).toBe('0021');
    expect(krxSectorOf({ large: '0021', medium: '0025', small: '0000' })?.nameKo).toBe('보험');
    expect(krxSectorOf({ large: '0000', medium: '0000', small: '0000' })).toBeNull();
    // 한미반도체: KRX's 기계·장비, but a member of the KRX 반도체 index.
    expect(
      krxSectorOf({ large: '0027', medium: '0012', small: '0000', krxSemiconductor: true })?.code,
    ).toBe('0013');
  });

  it('lets a shock on a large class reach its medium classes, and nothing else', () => {
    expect(sectorIncludes('0021', '0025')).toBe(true);
    expect(sectorIncludes('0027', '1028')).toBe(true);
    expect(sectorIncludes('0013', '0013')).toBe(true);
    expect(sectorIncludes('0025', '0021')).toBe(false);
    expect(sectorIncludes('0013', '0012')).toBe(false);
    expect(sectorIncludes('0013', null)).toBe(false);
  });

  it('finds a sector by code, Korean or English name, or the word people use for it', () => {
    expect(findKrxSector('0013').nameKo).toBe('전기·전자');
    expect(findKrxSector('전기·전자').code).toBe('0013');
    expect(findKrxSector('electrical & electronics').code).toBe('0013');
    expect(findKrxSector('반도체').code).toBe('0013');
    expect(findKrxSector(' Semiconductors ').code).toBe('0013');
    expect(findKrxSector('보험').code).toBe('0025');
    expect(findKrxSector('IT 서비스').code).toBe('0029');
    expect(findKrxSector('2차전지').code).toBe('0013');
    expect(findKrxSector('Financials').code).toBe('0021');
    expect(findKrxSector('조선').nameKo).toBe('운송장비·부품');
  });

  it('refuses a sector it does not know with an error naming the field', () => {
    for (const bad of ['', 'Biotech', '9999']) {
      expect(() => findKrxSector(bad)).toThrow(KrxRuleInputError);
      try {
        findKrxSector(bad);
      } catch (error) {
        expect((error as KrxRuleInputError).field).toBe('sector');
      }
    }
  });
});
