import { describe, expect, it } from 'vitest';
import { dividendWithholding } from '@capstone/krx-rules';

describe('dividend withholding', () => {
  it('is 14% income tax and 10% of it as local income tax, each cut below 10 won', () => {
    // 1,234,567 × 14% = 172,839.38 → 172,830; 172,830 × 10% = 17,283 → 17,280.
    expect(dividendWithholding(1_234_567)).toMatchObject({
      gross: 1_234_567,
      incomeTax: 172_830,
      localIncomeTax: 17_280,
      withheld: 190_110,
      net: 1_044_457,
      method: { incomeTaxRate: '0.14', localIncomeTaxRateOfIncomeTax: '0.1', truncatedTo: 10 },
    });
  });

  it('withholds less than a flat 15.4% on small amounts', () => {
    // 100 shares × 361 won: 15.4% would be 5,559.4; withheld 5,050 + 500.
    expect(dividendWithholding('36100')).toMatchObject({
      incomeTax: 5_050,
      localIncomeTax: 500,
      withheld: 5_550,
      net: 30_550,
    });
    expect(dividendWithholding(70).withheld).toBe(0); // 9.8 won of tax: all below 10 won
    expect(dividendWithholding(0).net).toBe(0);
  });
});
