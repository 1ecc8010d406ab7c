import { describe, expect, it } from 'vitest';
import { buildPenaltyDecision } from '../instruments/decision.js';
import { sampleData } from '../instruments/samples.js';
import { fineCreditBasis, payableFine } from './fine-credit.js';

describe('the fine to pay after a return from the police (行刑衔接)', () => {
  it('is the fine less the credit', () => {
    expect(payableFine(20_000, { deductedYuan: 5_000 })).toEqual({ fineYuan: 20_000, deductedYuan: 5_000, payableYuan: 15_000 });
  });
  it('never goes below zero: the credit takes off at most the fine', () => {
    expect(payableFine(3_000, { deductedYuan: 5_000 })).toEqual({ fineYuan: 3_000, deductedYuan: 3_000, payableYuan: 0 });
    expect(payableFine(5_000, { deductedYuan: 5_000 })).toEqual({ fineYuan: 5_000, deductedYuan: 5_000, payableYuan: 0 });
  });
  it('is the whole fine without a credit', () => {
    expect(payableFine(8_000, null)).toEqual({ fineYuan: 8_000, deductedYuan: 0, payableYuan: 8_000 });
    expect(payableFine(8_000, undefined).payableYuan).toBe(8_000);
    expect(payableFine(8_000, { deductedYuan: 0 }).payableYuan).toBe(8_000);
  });
  it('ignores a negative credit or fine', () => {
    expect(payableFine(8_000, { deductedYuan: -100 }).payableYuan).toBe(8_000);
    expect(payableFine(-1, { deductedYuan: 100 })).toEqual({ fineYuan: 0, deductedYuan: 0, payableYuan: 0 });
  });
  it('cites 第三十五条第二款 where a criminal fine was imposed, else 第二十九条', () => {
    expect(fineCreditBasis({ noFurtherFine: true })).toEqual({ article: 35, paragraph: 2 });
    expect(fineCreditBasis({ noFurtherFine: false })).toEqual({ article: 29 });
  });
});

describe('行政处罚决定书 of a case returned with a credit', () => {
  const credit = { transferId: '00000000-0000-4000-8000-0000000000cc', deductedYuan: 5_000, noFurtherFine: false, text: '当事人已缴纳罚款5000元' };
  const paras = (fineCredit: typeof credit | null) =>
    buildPenaltyDecision(sampleData({ fineCredit }))
      .blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
      .join('\n');
  it('states the deduction with its article and the fine left to pay', () => {
    const text = paras(credit);
    expect(text).toContain('罚款人民币60000元（大写：陆万元整）');
    expect(text).toContain(
      '你单位因同一违法行为已缴纳的罚款人民币5000元（大写：伍仟元整），依据《中华人民共和国行政处罚法》第二十九条的规定予以折抵，折抵后应缴纳罚款人民币55000元（大写：伍万伍仟元整）。',
    );
    expect(text).toContain('罚款限你单位自收到本决定书之日起');
  });
  it('cites 第三十五条第二款 for a credit against a criminal fine, and asks no payment when nothing is left', () => {
    const text = paras({ ...credit, deductedYuan: 60_000, noFurtherFine: true });
    expect(text).toContain('依据《中华人民共和国行政处罚法》第三十五条第二款的规定予以折抵，折抵后应缴纳罚款人民币0元');
    expect(text).not.toContain('罚款限你单位');
  });
  it('says nothing of a deduction without a credit', () => {
    expect(paras(null)).not.toContain('折抵');
  });
});
