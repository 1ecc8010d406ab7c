import { describe, expect, it } from 'vitest';
import { instrumentText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { RuleViolation, ValidationError } from '../../../platform/errors.js';
import { buildInspectionRecord, tally } from './inspection-record.js';
import { buildOnSiteMeasures } from './on-site-measures.js';
import { buildRectificationOrder } from './rectification-order.js';
import { buildReinspectionOpinion } from './reinspection-opinion.js';
import type { OnSiteMeasureCode } from './types.js';
import { sampleInspectionRecord, sampleOnSiteMeasures, sampleRectificationOrder, sampleReinspectionOpinion, samplePng } from './samples.js';

const blocks = <K extends Block['kind']>(inst: Instrument, kind: K) => inst.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const text = (inst: Instrument) => instrumentText(inst).join('\n');

describe('现场检查记录', () => {
  it('heads the record with the org, the title and the number', () => {
    const inst = buildInspectionRecord(sampleInspectionRecord());
    expect([inst.orgName, inst.title, inst.number]).toEqual(['咸宁市应急管理局', '现场检查记录', '（咸）应急检记〔2026〕12号']);
  });

  it('shows the enterprise, the time in Beijing, the place and every officer with the credential number', () => {
    const inst = buildInspectionRecord(sampleInspectionRecord());
    const fields = Object.fromEntries(
      blocks(inst, 'fields')[0]
        .rows.flat()
        .map((f) => [f.label, f.value]),
    );
    expect(fields).toMatchObject({
      被检查单位: '湖北楚缘精细化工有限公司',
      统一社会信用代码: '91421202MA4F5J8L2X',
      '法定代表人（负责人）': '陈志明',
      检查时间: '2026年11月24日9时30分至11时05分',
      检查场所: '生产车间、甲类仓库、中控室',
      执法人员1: '王建国',
      执法人员2: '李晓红',
      在场人员: '陈志明（总经理）、刘海燕（安全科科长）',
    });
    expect(
      blocks(inst, 'fields')[0]
        .rows.flat()
        .filter((f) => f.label === '执法证号')
        .map((f) => f.value),
    ).toEqual(['42120021001', '42120021017']);
    expect(text(inst)).toContain('证件号码分别为42120021001、42120021017，已向你单位出示执法证件（《中华人民共和国安全生产法》第六十七条）');
  });

  it('repeats the end date only when the inspection runs past midnight', () => {
    const d = { ...sampleInspectionRecord(), startedAt: new Date('2026-11-24T14:00:00Z'), endedAt: new Date('2026-11-24T16:30:00Z') };
    const f = blocks(buildInspectionRecord(d), 'fields')[0]
      .rows.flat()
      .find((x) => x.label === '检查时间');
    expect(f?.value).toBe('2026年11月24日22时00分至2026年11月25日0时30分');
  });

  it('lists every checked item with its result, and the hazards again with the provision they breach', () => {
    const inst = buildInspectionRecord(sampleInspectionRecord());
    const table = blocks(inst, 'table')[0];
    expect(table.rows.map((r) => r[2])).toEqual(['符合', '存在隐患', '存在隐患', '不适用', '未检查']);
    expect(table.rows[2]).toEqual(['3', '生产经营场所疏散通道保持畅通', '存在隐患', '甲类仓库东侧安全出口被货物堵塞']);
    expect(table.rows[4]).toEqual(['5', '特种作业人员持证上岗', '未检查', '未检查原因：当班电工外出，操作证待企业补交后核查']);
    const paras = blocks(inst, 'paragraph').map((p) => p.text);
    expect(paras).toContain('共检查5项：符合1项、存在隐患2项、不适用1项、未检查1项。');
    expect(paras).toContain('以下检查项未检查（共1项）：');
    expect(paras).toContain('1. 特种作业人员持证上岗，原因：当班电工外出，操作证待企业补交后核查。');
    expect(paras).toContain('检查发现以下事故隐患（共2项）：');
    expect(paras).toContain('2. 生产经营场所疏散通道保持畅通：甲类仓库东侧安全出口被货物堵塞（依据《中华人民共和国安全生产法》第四十二条第二款）。');
  });

  it('counts every answer and implies none', () => {
    expect(tally([])).toBe('共检查0项：符合0项、存在隐患0项、不适用0项、未检查0项');
    const results = ['compliant', 'compliant', 'hazard', 'notApplicable', 'notChecked', 'notChecked', 'notChecked'] as const;
    expect(tally(results.map((result) => ({ result })))).toBe('共检查7项：符合2项、存在隐患1项、不适用1项、未检查3项');
  });

  it('says so when nothing was found', () => {
    const d = { ...sampleInspectionRecord(), findings: '  ', items: [{ text: '安全警示标志', result: 'compliant' as const }] };
    const paras = blocks(buildInspectionRecord(d), 'paragraph').map((p) => p.text);
    expect(paras).toContain('未发现问题。');
    expect(paras.some((p) => p.includes('事故隐患（共'))).toBe(false);
    expect(paras.some((p) => p.includes('未检查（共'))).toBe(false);
    expect(paras).toContain('共检查1项：符合1项、存在隐患0项、不适用0项、未检查0项。');
  });

  it('has a signature line per officer and one for the enterprise with the drawn signature', () => {
    const d = sampleInspectionRecord();
    const lines = blocks(buildInspectionRecord(d), 'signatures')[0].lines;
    expect(lines.map((l) => [l.role, l.name, l.date])).toEqual([
      ['执法人员（签名）', '王建国', '2026-11-24'],
      ['执法人员（签名）', '李晓红', '2026-11-24'],
      ['被检查单位负责人（签名）', '陈志明', '2026-11-24'],
    ]);
    expect(lines[2].image).toBe(d.enterpriseSignature?.png);
  });

  it('records a refusal to sign instead of a signature, citing the article', () => {
    const d = { ...sampleInspectionRecord(), enterpriseSignature: undefined, signatureRefused: '负责人以需请示董事长为由拒绝签字' };
    const inst = buildInspectionRecord(d);
    expect(blocks(inst, 'signatures')[0].lines[2]).toMatchObject({ name: undefined, date: undefined, image: undefined });
    expect(text(inst)).toContain('被检查单位负责人拒绝签字。情况：负责人以需请示董事长为由拒绝签字。已记录在案（《中华人民共和国安全生产法》第六十八条）');
    expect(() => buildInspectionRecord({ ...sampleInspectionRecord(), signatureRefused: '拒签' })).toThrow(ValidationError);
  });

  it('refuses fewer than two officers, an officer without a credential, a time running backwards, and a signature that is not a PNG', () => {
    const d = sampleInspectionRecord();
    expect(() => buildInspectionRecord({ ...d, officers: d.officers.slice(0, 1) })).toThrow(RuleViolation);
    expect(() => buildInspectionRecord({ ...d, officers: d.officers.slice(0, 1) })).toThrow(expect.objectContaining({ article: '行政处罚法 第四十二条' }));
    expect(() => buildInspectionRecord({ ...d, officers: [d.officers[0], { name: '赵六', credentialNo: ' ' }] })).toThrow('赵六');
    expect(() => buildInspectionRecord({ ...d, endedAt: new Date('2026-11-24T01:00:00Z') })).toThrow(expect.objectContaining({ field: 'endedAt' }));
    expect(() => buildInspectionRecord({ ...d, enterpriseSignature: { name: '陈志明', signedOn: '2026-11-24', png: new Uint8Array(40) } })).toThrow(
      expect.objectContaining({ field: 'enterpriseSignature' }),
    );
  });
});

describe('责令限期整改指令书', () => {
  it('addresses the enterprise, lists each hazard with its breach, and orders rectification by the deadline under art. 65', () => {
    const inst = buildRectificationOrder(sampleRectificationOrder());
    expect([inst.title, inst.number]).toEqual(['责令限期整改指令书', '（咸）应急责改〔2026〕7号']);
    const paras = blocks(inst, 'paragraph').map((p) => p.text);
    expect(paras[0]).toBe('湖北楚缘精细化工有限公司：');
    expect(paras[1]).toBe('经2026年11月24日现场检查（现场检查记录（咸）应急检记〔2026〕12号），你单位存在下列问题：');
    expect(paras[2]).toBe('1. 隐患排查记录缺失近三个月（违反《中华人民共和国安全生产法》第四十一条第二款）。');
    expect(paras[3]).toBe('2. 甲类仓库东侧：安全出口被货物堵塞（违反《中华人民共和国安全生产法》第四十二条第二款）【重大事故隐患】。');
    expect(paras[4]).toBe(
      '上述第1项至第2项问题，依据《中华人民共和国安全生产法》第六十五条第一款第二项、第三项的规定，责令你单位于2026年12月8日前整改完毕，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。',
    );
    expect(paras[5]).toMatch(/^其中第2项属于重大事故隐患。/);
    expect(text(inst)).toContain('六十日内依法向咸宁市人民政府申请行政复议，或者在六个月内依法向咸宁市咸安区人民法院提起行政诉讼');
  });

  it('has no major-hazard paragraph when none is major, and speaks of one problem in the singular', () => {
    const d = sampleRectificationOrder();
    const inst = buildRectificationOrder({ ...d, hazards: [d.hazards[0]] });
    const paras = blocks(inst, 'paragraph').map((p) => p.text);
    expect(paras.some((p) => p.includes('属于重大事故隐患'))).toBe(false);
    expect(paras[3]).toMatch(/^上述问题，依据/);
  });

  it('is signed by the officers with their credential numbers, received by the enterprise, and sealed by the org', () => {
    const d = { ...sampleRectificationOrder(), recipient: { name: '陈志明', signedOn: '2026-11-25', png: samplePng() } };
    const inst = buildRectificationOrder(d);
    const lines = blocks(inst, 'signatures')[0].lines;
    expect(lines.map((l) => l.name)).toEqual(['王建国　证号：42120021001', '李晓红　证号：42120021017', '陈志明']);
    expect(lines[2]).toMatchObject({ role: '被检查单位负责人（签收）', date: '2026-11-25', image: d.recipient.png });
    expect(blocks(inst, 'closing')[0].lines).toEqual(['咸宁市应急管理局', '（印章）', '2026年11月24日']);
  });

  it('refuses an empty hazard list, a deadline not after the issue date, and fewer than two officers', () => {
    const d = sampleRectificationOrder();
    expect(() => buildRectificationOrder({ ...d, hazards: [] })).toThrow(expect.objectContaining({ field: 'hazards' }));
    expect(() => buildRectificationOrder({ ...d, deadline: '2026-11-24' })).toThrow(expect.objectContaining({ field: 'deadline' }));
    expect(() => buildRectificationOrder({ ...d, deadline: '2026-11-25' })).not.toThrow();
    expect(() => buildRectificationOrder({ ...d, officers: [] })).toThrow(RuleViolation);
  });
});

describe('现场处理措施决定书', () => {
  it('lists the findings and the measures in statutory order, citing each item of art. 65 once', () => {
    const inst = buildOnSiteMeasures(sampleOnSiteMeasures());
    expect([inst.title, inst.number]).toEqual(['现场处理措施决定书', '（咸）应急现决〔2026〕3号']);
    const paras = blocks(inst, 'paragraph').map((p) => p.text);
    expect(paras[2]).toBe('1. 甲类仓库东侧：安全出口被货物堵塞（违反《中华人民共和国安全生产法》第四十二条第二款）【重大事故隐患】。');
    expect(paras[3]).toBe('依据《中华人民共和国安全生产法》第六十五条第一款第三项的规定，本机关决定采取如下现场处理措施：');
    expect(paras.slice(4, 6)).toEqual(['1. 从危险区域内撤出作业人员。', '2. 停止使用相关设施、设备。']);
    expect(paras).toContain('重大事故隐患排除后，经本机关审查同意，方可恢复生产经营和使用。');
    expect(text(inst)).toContain('如不服本决定');
  });

  it('names what is seized, and cites items 2 and 4 together', () => {
    const measures: OnSiteMeasureCode[] = ['seize', 'correctOnSite'];
    const d = {
      ...sampleOnSiteMeasures(),
      measures,
      seizedItems: '甲类仓库内无标签的危险化学品储罐2个',
      findings: [{ description: '储存未登记的危险化学品', major: false }],
    };
    const paras = blocks(buildOnSiteMeasures(d), 'paragraph').map((p) => p.text);
    expect(paras).toContain('依据《中华人民共和国安全生产法》第六十五条第一款第二项、第四项的规定，本机关决定采取如下现场处理措施：');
    expect(paras).toContain('2. 查封、扣押下列设施、设备、器材或者危险物品：甲类仓库内无标签的危险化学品储罐2个。');
    expect(paras.some((p) => p.includes('恢复生产经营'))).toBe(false);
  });

  it('refuses evacuation, suspension or stopping equipment without a major hazard, a seizure without its list, and no measure at all', () => {
    const d = sampleOnSiteMeasures();
    const ordinary = [{ ...d.findings[0], major: false }];
    for (const m of ['evacuate', 'suspendProduction', 'stopEquipment'] as const) {
      expect(() => buildOnSiteMeasures({ ...d, findings: ordinary, measures: [m] })).toThrow(
        expect.objectContaining({ article: '安全生产法 第六十五条第一款第三项' }),
      );
    }
    expect(() => buildOnSiteMeasures({ ...d, findings: ordinary, measures: ['correctOnSite'] })).not.toThrow();
    expect(() => buildOnSiteMeasures({ ...d, measures: ['seize'] })).toThrow(expect.objectContaining({ field: 'seizedItems' }));
    expect(() => buildOnSiteMeasures({ ...d, measures: [] })).toThrow(expect.objectContaining({ field: 'measures' }));
    expect(() => buildOnSiteMeasures({ ...d, findings: [] })).toThrow(expect.objectContaining({ field: 'findings' }));
  });
});

describe('整改复查意见书', () => {
  it('refers to the order, gives each result, and says what follows for what is not fixed', () => {
    const inst = buildReinspectionOpinion(sampleReinspectionOpinion());
    expect([inst.title, inst.number]).toEqual(['整改复查意见书', '（咸）应急复查〔2026〕5号']);
    const paras = blocks(inst, 'paragraph').map((p) => p.text);
    expect(paras[1]).toBe(
      '本机关于2026年11月24日向你单位下达了《责令限期整改指令书》（（咸）应急责改〔2026〕7号），并于2026年12月9日对整改情况进行了复查，意见如下：',
    );
    expect(blocks(inst, 'table')[0].rows.map((r) => r[2])).toEqual(['已整改', '未整改']);
    expect(paras[2]).toBe('经复查，上述第2项问题未按期整改完毕，本机关将依据《中华人民共和国安全生产法》第一百零二条等规定依法处理。');
  });

  it('closes when everything is fixed, and grants an extension only for what is not', () => {
    const d = sampleReinspectionOpinion();
    const done = { ...d, results: d.results.map((r) => ({ ...r, rectified: true })) };
    expect(blocks(buildReinspectionOpinion(done), 'paragraph')[2].text).toBe('经复查，上述第1项至第2项问题已整改完毕。');
    expect(blocks(buildReinspectionOpinion({ ...d, extendedTo: '2026-12-20' }), 'paragraph')[2].text).toMatch(
      /^经复查，上述第2项问题尚未整改完毕。经研究，同意你单位延期至2026年12月20日前整改完毕/,
    );
    expect(() => buildReinspectionOpinion({ ...done, extendedTo: '2026-12-20' })).toThrow(expect.objectContaining({ field: 'extendedTo' }));
    expect(() => buildReinspectionOpinion({ ...d, extendedTo: '2026-12-09' })).toThrow(expect.objectContaining({ field: 'extendedTo' }));
    expect(() => buildReinspectionOpinion({ ...d, reinspectedOn: '2026-11-23' })).toThrow(expect.objectContaining({ field: 'reinspectedOn' }));
  });
});
