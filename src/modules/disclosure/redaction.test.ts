import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usccFor } from '../registry/fixture.js';
import { idCheckChar, isIdNumber15, isIdNumber18, maskAddress, maskIdNumber, maskPersonName, maskPhone, redactRecord, redactText } from './redaction.js';

const id = (first17: string) => first17 + idCheckChar(first17);
const ID = id('42120219850312002'); // Xianan district, born 1985-03-12
const wrongCheck = (s: string) => s.slice(0, 17) + (s[17] === '0' ? '1' : '0');

// Generated GB 11643 numbers: province digit 1–8, a real date 1900–2099, any sequence.
const idArb = fc
  .tuple(
    fc.integer({ min: 100000, max: 899999 }),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, d, seq]) => id(`${region}${d.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`));
const chineseArb = fc.string({ unit: fc.constantFrom(...'当事人张于某年月日在本局检查中发现安全生产违法行为，。；：（）、'), maxLength: 30 });

function validIdsIn(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 18 <= text.length; i++) if (isIdNumber18(text.slice(i, i + 18))) out.push(text.slice(i, i + 18));
  return out;
}

describe('ID numbers (GB 11643-1999)', () => {
  it('computes the check character, including X', () => {
    expect(idCheckChar('11010519491231002')).toBe('X'); // the standard's own example
    expect(isIdNumber18('11010519491231002X')).toBe(true);
    expect(isIdNumber18('11010519491231002x')).toBe(true);
    expect(isIdNumber18(ID)).toBe(true);
  });

  it('refuses a wrong check character, an impossible date, and province digit 0 or 9', () => {
    expect(isIdNumber18(wrongCheck(ID))).toBe(false);
    expect(isIdNumber18(id('42120219850230002'))).toBe(false); // 30 February
    expect(isIdNumber18(id('42120218990101002'))).toBe(false); // before 1900
    expect(isIdNumber18(id('02120219850312002'))).toBe(false);
    expect(isIdNumber18(id('92120219850312002'))).toBe(false);
    expect(isIdNumber18(id('42120220000229002'))).toBe(true); // 2000 is a leap year
    expect(isIdNumber18(id('42120219000229002'))).toBe(false); // 1900 is not
  });

  it('recognises 15-digit first-generation numbers by their date', () => {
    expect(isIdNumber15('421202850312003')).toBe(true);
    expect(isIdNumber15('421202851312003')).toBe(false);
  });

  it('masks all but the first 3 and last 2 characters, keeping the length', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110*************2X');
    expect(maskIdNumber('421202850312003')).toBe('421**********03');
    expect(maskIdNumber(maskIdNumber(ID))).toBe(maskIdNumber(ID));
  });

  it('masks a valid ID in text and reports its position', () => {
    const text = `当事人身份证号：${ID}，现场检查。`;
    const r = redactText(text);
    expect(r.text).toBe(`当事人身份证号：${maskIdNumber(ID)}，现场检查。`);
    expect(r.hits).toEqual([{ kind: 'idNumber', start: 8, end: 26 }]);
    expect(text.slice(8, 26)).toBe(ID);
  });

  it('masks 15-digit IDs in text', () => {
    expect(redactText('证号421202850312003。').text).toBe('证号421**********03。');
  });

  it('leaves an 18-digit number whose check character is wrong, and longer digit runs', () => {
    for (const text of [`编号${wrongCheck(ID)}`, `流水号9${ID}`, `流水号${ID}7`]) expect(redactText(text)).toEqual({ text, hits: [] });
  });

  it('property: any valid ID inside random Chinese text is masked, and none survives', () => {
    fc.assert(
      fc.property(chineseArb, idArb, chineseArb, (before, idNo, after) => {
        const text = before + idNo + after;
        const r = redactText(text);
        expect(r.text).toBe(before + maskIdNumber(idNo) + after);
        expect(r.hits).toEqual([{ kind: 'idNumber', start: before.length, end: before.length + 18 }]);
        expect(validIdsIn(r.text)).toEqual([]);
        expect(redactText(r.text).text).toBe(r.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('USCC is never touched', () => {
  it('leaves valid USCCs of any serial and region', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('421202', '110105', '450900', '310105'), chineseArb, (n, region, tail) => {
        const text = `统一社会信用代码：${usccFor(n, region)}${tail}`;
        expect(redactText(text)).toEqual({ text, hits: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves real published USCCs, including all-digit ones', () => {
    for (const code of ['91110000802100433B', '914403001922038216', '91440300708461136T']) {
      const text = `代码${code}。`;
      expect(redactText(text).text).toBe(text);
    }
  });

  it('leaves an ID-shaped keepName (e.g. an officer credential number)', () => {
    const text = `执法证号${ID}`;
    expect(redactText(text, { keepNames: [ID] }).text).toBe(text);
  });
});

describe('phone numbers', () => {
  it('masks mobiles keeping the first 3 and last 4 digits', () => {
    expect(maskPhone('13912341234')).toBe('139****1234');
    expect(maskPhone('139-1234-5678')).toBe('139-****-5678');
    const r = redactText('联系电话13912345678。');
    expect(r.text).toBe('联系电话139****5678。');
    expect(r.hits).toEqual([{ kind: 'phone', start: 4, end: 15 }]);
  });

  it('masks landlines keeping the area code and the last 4 digits', () => {
    expect(redactText('电话0715-8123456').text).toBe('电话0715-***3456');
    expect(redactText('电话010-81234567').text).toBe('电话010-****4567');
    expect(redactText('电话(0715)8123456').text).toBe('电话(0715)***3456');
  });

  it('leaves an 11-digit mobile shape inside a longer digit run, and numbers not starting 13–19', () => {
    for (const text of ['编号013912345678', '编号139123456789', '编号12912345678', '编号10912345678']) expect(redactText(text).text).toBe(text);
  });

  it('property: a mobile inside a longer digit run is never touched', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,5}$/), fc.stringMatching(/^1[3-9]\d{9}$/), fc.stringMatching(/^\d{0,5}$/), (pre, mobile, post) => {
        const text = `单号${pre}${mobile}${post}号`;
        expect(redactText(text).hits.filter((h) => h.kind === 'phone')).toEqual([]);
      }),
    );
  });

  it('masking a masked phone changes nothing', () => {
    for (const p of ['13912345678', '0715-8123456', '(010)81234567', '5678']) expect(maskPhone(maskPhone(p))).toBe(maskPhone(p));
  });
});

describe('names of natural persons', () => {
  it('keeps the surname and masks the given name', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('王小明')).toBe('王**');
    expect(maskPersonName('欧阳娜娜')).toBe('欧阳**');
    expect(maskPersonName('司马光')).toBe('司马*');
    expect(maskPersonName('欧阳')).toBe('欧*'); // a two-character name is surname + given name
    expect(maskPersonName('阿依古丽·买买提')).toBe('阿***·***');
  });

  it('masks only listed persons', () => {
    const text = '当事人张三、证人李四在场，执法人员王五。';
    expect(redactText(text).text).toBe(text);
    const r = redactText(text, { knownPersons: ['张三', '李四'] });
    expect(r.text).toBe('当事人张*、证人李*在场，执法人员王五。');
    expect(r.hits).toEqual([
      { kind: 'personName', start: 3, end: 5 },
      { kind: 'personName', start: 8, end: 10 },
    ]);
  });

  it('masks compound surnames and every occurrence', () => {
    expect(redactText('欧阳娜娜称，欧阳娜娜系负责人。', { knownPersons: ['欧阳娜娜'] }).text).toBe('欧阳**称，欧阳**系负责人。');
  });

  it('never masks keepNames: officers, or the enterprise name containing the person name', () => {
    const ctx = { knownPersons: ['张三', '王五'], keepNames: ['王五', '咸安区张三五金店', '张三丰'] };
    expect(redactText('咸安区张三五金店经营者张三，执法人员王五、张三丰。', ctx).text).toBe('咸安区张三五金店经营者张*，执法人员王五、张三丰。');
  });
});

describe('home addresses', () => {
  it('keeps the province, city and county, masks the rest', () => {
    expect(maskAddress('湖北省咸宁市咸安区温泉路12号3栋201室')).toBe('湖北省咸宁市咸安区***');
    expect(maskAddress('北京市朝阳区建国路88号')).toBe('北京市朝阳区***');
    expect(maskAddress('湖北省咸宁市通城县隽水镇市场路5号')).toBe('湖北省咸宁市通城县***');
    expect(maskAddress('湖北省赤壁市赤壁镇新街8号')).toBe('湖北省赤壁市***');
    expect(maskAddress('广西壮族自治区玉林市玉州区人民路1号')).toBe('广西壮族自治区玉林市玉州区***');
    expect(maskAddress('浙江省杭州市西湖区文三路1号')).toBe('浙江省杭州市西湖区***');
    expect(maskAddress('湖北省恩施土家族苗族自治州恩施市舞阳大街2号')).toBe('湖北省恩施土家族苗族自治州恩施市***');
    expect(maskAddress('湖北省宜昌市长阳土家族自治县龙舟坪镇1号')).toBe('湖北省宜昌市长阳土家族自治县***');
    expect(maskAddress('温泉路12号')).toBe('***');
    expect(maskAddress('湖北省咸宁市咸安区')).toBe('湖北省咸宁市咸安区');
  });

  it('masks after home labels in text and reports the masked span', () => {
    const text = '当事人张三，住址：湖北省咸宁市咸安区温泉路12号，电话13912345678。';
    const r = redactText(text, { knownPersons: ['张三'] });
    expect(r.text).toBe('当事人张*，住址：湖北省咸宁市咸安区***，电话139****5678。');
    const addr = r.hits.find((h) => h.kind === 'homeAddress')!;
    expect(text.slice(addr.start, addr.end)).toBe('温泉路12号');
    for (const label of ['家庭住址', '现住址', '户籍地址', '居住地址']) {
      expect(redactText(`${label}：湖北省咸宁市咸安区温泉路12号`).text).toBe(`${label}：湖北省咸宁市咸安区***`);
    }
  });

  it('leaves enterprise addresses', () => {
    for (const text of ['经营地址：湖北省咸宁市咸安区温泉路12号', '注册地址：湖北省咸宁市咸安区温泉路12号', '住所：湖北省咸宁市咸安区温泉路12号']) {
      expect(redactText(text).text).toBe(text);
    }
  });
});

describe('a whole decision', () => {
  const uscc = usccFor(123);
  const text =
    `当事人：咸安区张三五金店，统一社会信用代码：${uscc}，经营者张三，身份证号${ID}，住址：湖北省咸宁市咸安区温泉路12号，` +
    `联系电话13912345678。经营地址：湖北省咸宁市咸安区永安路3号。证人欧阳娜娜（电话0715-8123456）。执法人员王五（执法证号42120010001）。`;
  const ctx = { knownPersons: ['张三', '欧阳娜娜'], keepNames: ['咸安区张三五金店', '王五', '42120010001'] };

  it('redacts every kind and keeps what is public', () => {
    const r = redactText(text, ctx);
    expect(r.text).toBe(
      `当事人：咸安区张三五金店，统一社会信用代码：${uscc}，经营者张*，身份证号${maskIdNumber(ID)}，住址：湖北省咸宁市咸安区***，` +
        `联系电话139****5678。经营地址：湖北省咸宁市咸安区永安路3号。证人欧阳**（电话0715-***3456）。执法人员王五（执法证号42120010001）。`,
    );
    expect(r.hits.map((h) => h.kind)).toEqual(['personName', 'idNumber', 'homeAddress', 'phone', 'personName', 'phone']);
  });

  it('hits are in order, do not overlap, and replacing them reproduces the output', () => {
    const r = redactText(text, ctx);
    for (let i = 1; i < r.hits.length; i++) expect(r.hits[i].start).toBeGreaterThanOrEqual(r.hits[i - 1].end);
    let rebuilt = text;
    for (const h of [...r.hits].reverse()) {
      const replacement =
        h.kind === 'homeAddress'
          ? '***'
          : h.kind === 'personName'
            ? maskPersonName(text.slice(h.start, h.end))
            : h.kind === 'idNumber'
              ? maskIdNumber(text.slice(h.start, h.end))
              : maskPhone(text.slice(h.start, h.end));
      rebuilt = rebuilt.slice(0, h.start) + replacement + rebuilt.slice(h.end);
    }
    expect(rebuilt).toBe(r.text);
  });

  it('is idempotent: redacting twice equals once, and the second pass finds nothing', () => {
    const once = redactText(text, ctx);
    const twice = redactText(once.text, ctx);
    expect(twice).toEqual({ text: once.text, hits: [] });
  });

  it('property: idempotent on random mixes of the pieces', () => {
    const piece = fc.constantFrom(
      '张三',
      '欧阳娜娜',
      ID,
      '13912345678',
      '0715-8123456',
      '住址：湖北省咸宁市咸安区温泉路12号',
      uscc,
      '，',
      '王五',
      '经营地址：咸宁市咸安区永安路3号',
      '。',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, chineseArb), { maxLength: 12 }), (parts) => {
        const once = redactText(parts.join('、'), ctx).text;
        expect(redactText(once, ctx).text).toBe(once);
        expect(validIdsIn(once)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('redactRecord', () => {
  const schema = { personName: ['partyName', 'witness'], idNumber: ['partyId'], phone: ['partyPhone'], homeAddress: ['partyAddress'], freeText: ['facts'] };
  const record = {
    partyName: '欧阳娜娜',
    witness: '李四',
    partyId: wrongCheck(ID),
    partyPhone: '13912345678',
    partyAddress: '湖北省咸宁市咸安区温泉路12号',
    facts: '经查，欧阳娜娜于2024年3月1日指使李四违规动火，执法人员王五现场制止。',
    enterpriseName: '咸宁市某化工有限公司',
    uscc: usccFor(7),
    amount: 5000,
    officer: '王五',
  };

  it('masks declared fields whatever their content and finds person names in free text', () => {
    expect(redactRecord(record, schema, { keepNames: ['王五'] })).toEqual({
      ...record,
      partyName: '欧阳**',
      witness: '李*',
      partyId: maskIdNumber(record.partyId),
      partyPhone: '139****5678',
      partyAddress: '湖北省咸宁市咸安区***',
      facts: '经查，欧阳**于2024年3月1日指使李*违规动火，执法人员王五现场制止。',
    });
  });

  it('does not change the input, leaves non-strings, and is idempotent', () => {
    const copy = structuredClone(record);
    const once = redactRecord({ ...record, witness: null as unknown as string }, schema);
    expect(record).toEqual(copy);
    expect(once.witness).toBeNull();
    expect(redactRecord(once, schema)).toEqual(once);
  });

  it('keeps a person-name field listed in keepNames', () => {
    expect(redactRecord({ officer: '王五' }, { personName: ['officer'] }, { keepNames: ['王五'] })).toEqual({ officer: '王五' });
  });
});
