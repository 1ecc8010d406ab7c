import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../contract.js';
import { COLUMN_BY_FIELD, COLUMNS, type ImportField, matchHeaders } from './columns.js';

const read = (field: ImportField, text: string) => COLUMN_BY_FIELD.get(field)!.read(text);

describe('import template columns', () => {
  it('has one column per field, headed by the field label, orgId excluded', () => {
    expect(COLUMNS.map((c) => c.header)).toEqual(Object.values(FIELD_LABELS).filter((h) => h !== FIELD_LABELS.licences));
    expect(COLUMNS.filter((c) => c.required).map((c) => c.field)).toEqual([
      'uscc',
      'name',
      'legalRepresentative',
      'principalPerson',
      'address',
      'regionCode',
      'industryCode',
      'size',
      'riskGrade',
    ]);
  });

  it('matches headers after trimming, in any order, ignoring blank ones', () => {
    const headers = ['', ...COLUMNS.map((c) => ` ${c.header}\t`).reverse()];
    const matched = matchHeaders(headers);
    expect(matched.get(1)?.field).toBe('contacts');
    expect(matched.get(headers.length - 1)?.field).toBe('uscc');
    expect(matched.size).toBe(COLUMNS.length);
  });

  it('allows optional columns to be left out', () => {
    expect(matchHeaders(COLUMNS.filter((c) => c.required).map((c) => c.header)).size).toBe(9);
  });

  it('names unknown, repeated and missing headers', () => {
    const headers = ['企业名称', '统一社会信用代码', '统一社会信用代码', '备注', ...COLUMNS.slice(2).map((c) => c.header)];
    expect(() => matchHeaders(headers)).toThrow(
      '第 1 行表头与导入模板不符：模板中没有这些列：「企业名称」「备注」；这些列出现了不止一次：「统一社会信用代码」；缺少必填的列：「单位名称」。请下载导入模板，保留第 1 行的列名不变',
    );
  });

  it('reads single-choice cells by Chinese label or English code', () => {
    expect(read('riskGrade', '较大风险')).toEqual({ value: 'high' });
    expect(read('riskGrade', 'high')).toEqual({ value: 'high' });
    expect(read('size', '特大型')).toEqual({ error: '「特大型」不是可选的值，应为 大型、中型、小型、微型 之一' });
  });

  it('reads key categories separated by 、 , ， ; or ；, once each', () => {
    expect(read('keyCategories', '危险化学品、粉尘涉爆,有限空间，nonCoalMine；冶金;危险化学品')).toEqual({
      value: ['hazardousChemicals', 'combustibleDust', 'confinedSpace', 'nonCoalMine', 'metallurgy'],
    });
    expect(read('keyCategories', '危险化学品、煤矿、消防')).toEqual({
      error: expect.stringMatching(/^「煤矿」「消防」不是可选的重点监管类别，应为 危险化学品、非煤矿山、/),
    });
  });

  it('refuses the retired 许可证 column, pointing to the licence register', () => {
    const headers = COLUMNS.map((c) => c.header);
    expect(() => matchHeaders([...headers, '许可证'])).toThrow(/「许可证」列已停用，许可证在「行政许可 › 许可证登记」中按企业登记/);
    expect(COLUMNS.some((c) => (c.field as string) === 'licences')).toBe(false);
  });

  it('reads contacts as 姓名:电话:职务, one per line or separated by ；', () => {
    expect(read('contacts', '赵敏:13912345678:安全总监\n周杰:0512-57001234')).toEqual({
      value: [
        { name: '赵敏', phone: '13912345678', title: '安全总监' },
        { name: '周杰', phone: '0512-57001234', title: '' },
      ],
    });
    expect(read('contacts', '赵敏:139:总监:兼职')).toEqual({ error: '第 1 项「赵敏:139:总监:兼职」格式应为「姓名:电话:职务」' });
  });
});
