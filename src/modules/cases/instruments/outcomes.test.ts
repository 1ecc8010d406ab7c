// The instruments of the later steps: not punishing, paying late or in instalments, enforcing by
// the court, revoking, transferring and the hearing record; each under the number issued at its
// step, and available only once the case has taken that step.
import { describe, expect, it } from 'vitest';
import { instrumentText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { NO_PENALTY_GROUND_NAMES, NO_PENALTY_GROUNDS, type NoPenaltyGround } from '../workflow/no-penalty-grounds.js';
import { CASE_EVENT_NAMES } from '../workflow/machine.js';
import {
  buildCourtEnforcementApplication,
  buildCriminalTransferLetter,
  buildFilingRevocation,
  buildHearingRecord,
  buildInstalmentApproval,
  buildLatePaymentSurchargeNotice,
  buildNoPenaltyDecision,
  buildTransferLetter,
  CASE_INSTRUMENT_KINDS,
  instrumentProblem,
  type CaseInstrumentKind,
} from './index.js';
import { SAMPLE_EVENTS, sampleData, sampleRow } from './samples.js';
import type { StoredEvent } from './types.js';

const text = (inst: Instrument) => instrumentText(inst).join('\n');
const paras = (inst: Instrument) => inst.blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph').map((b) => b.text);
const fields = (inst: Instrument) => Object.fromEntries(inst.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.flat() : [])).map((f) => [f.label, f.value]));
const tables = (inst: Instrument) => inst.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
const closing = (inst: Instrument) => inst.blocks.find((b) => b.kind === 'closing');
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const ev = (
  event: string,
  version: number,
  date: string,
  actorName: string,
  instrumentNumbers: string[] = [],
  opinion: string | null = null,
  payload: Record<string, unknown> = {},
): StoredEvent => ({ event, version, at: at(date), actorName, opinion, instrumentNumbers, payload });
const FACTS = '经查，湖北楚缘精细化工有限公司于2026年1月20日未按照规定设置安全生产管理机构或者配备安全生产管理人员。';
const DECISION =
  '本机关于2026年3月10日作出《行政处罚决定书》（咸安）应急罚〔2026〕7号，对你单位作出罚款人民币60000元（大写：陆万元整）的行政处罚，该决定书已于2026年3月11日以直接送达方式送达。';
const UNDECIDED = { decidedOn: null, decisionNumber: null } as const;
const OPENED = '本机关于2026年2月10日对你单位涉嫌未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师一案立案调查。';

// After the decision: served on 11 March, payable by 26 March (the serve event set it).
const SERVED = [
  ...SAMPLE_EVENTS,
  ev('serve', 8, '2026-03-11', '李晓红', ['（咸安）应急送〔2026〕4号'], null, { serviceMethod: 'direct', paymentDueOn: '2026-03-26' }),
];
const OVERDUE = [...SERVED, ev('markOverdue', 9, '2026-03-30', '王建国', ['（咸安）应急催〔2026〕1号'])];
const servedRow = { state: 'served', servedOn: '2026-03-11', serviceMethod: 'direct', paymentDueOn: '2026-03-26' } as const;

describe('不予行政处罚决定书', () => {
  const events = [
    ...SAMPLE_EVENTS.slice(0, 3),
    ev('notPunish', 5, '2026-02-28', '张局长', ['（咸安）应急不罚〔2026〕1号'], '违法行为轻微并及时改正，没有造成危害后果。'),
  ];
  const inst = buildNoPenaltyDecision(sampleData({ state: 'notPunished', ...UNDECIDED }, events));

  it('gives the facts, the reasons recorded with the event, 第三十三条 and 第五十七条, and the remedies, under its number', () => {
    expect([inst.title, inst.number]).toEqual(['不予行政处罚决定书', '（咸安）应急不罚〔2026〕1号']);
    expect(fields(inst)).toMatchObject({ 当事人: '湖北楚缘精细化工有限公司', 统一社会信用代码: '91421202MA4F5J8L2X' });
    expect(paras(inst)).toEqual([
      `${OPENED}${FACTS}`,
      '本机关认为：违法行为轻微并及时改正，没有造成危害后果。',
      '根据《中华人民共和国行政处罚法》第三十三条、第五十七条第一款第二项、第三项的规定，本机关决定对你单位不予行政处罚。',
      '如不服本决定，可以自收到本决定之日起六十日内依法向咸宁市咸安区人民政府申请行政复议，或者在六个月内依法向有管辖权的人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。',
    ]);
    expect(closing(inst)).toMatchObject({ lines: ['咸宁市咸安区应急管理局', '（印章）', '2026年2月28日'] });
    expect(text(inst)).not.toContain('罚款人民币');
  });

  const withGround = (noPenaltyGround: string) =>
    buildNoPenaltyDecision(
      sampleData({ state: 'notPunished', ...UNDECIDED }, [
        ...SAMPLE_EVENTS.slice(0, 3),
        ev('notPunish', 5, '2026-02-28', '张局长', ['（咸安）应急不罚〔2026〕1号'], '已当场改正。', { noPenaltyGround }),
      ]),
    );

  it('cites exactly the provisions of the recorded ground, and has the party educated (第三十三条第三款) unless the facts failed', () => {
    const APL = '《中华人民共和国行政处罚法》';
    const expected: Record<string, string> = {
      minorCorrected: `${APL}第三十三条第一款、第五十七条第一款第二项`,
      firstMinor: `${APL}第三十三条第一款、第五十七条第一款第二项`,
      noFault: `${APL}第三十三条第二款、第五十七条第一款第二项`,
      timeBarred: `${APL}第三十六条第一款、第五十七条第一款第二项`,
      notEstablished: `${APL}第五十七条第一款第三项`,
    };
    expect(Object.keys(expected)).toEqual([...NO_PENALTY_GROUND_NAMES]);
    for (const [ground, citation] of Object.entries(expected)) {
      const p = paras(withGround(ground));
      expect(p[1], ground).toBe(`本机关认为：${NO_PENALTY_GROUNDS[ground as NoPenaltyGround].name}。已当场改正。`);
      expect(p[2], ground).toBe(`根据${citation}的规定，本机关决定对你单位不予行政处罚。`);
      const educated = p.some((x) => x.startsWith(`依照${APL}第三十三条第三款的规定，本机关已对你单位进行教育`));
      expect(educated, ground).toBe(ground !== 'notEstablished');
    }
    // Facts not established: the violation is named as suspected, never stated as found.
    expect(paras(withGround('notEstablished'))[0]).toBe(OPENED);
    expect(paras(withGround('minorCorrected'))[0]).toBe(`${OPENED}${FACTS}`);
  });

  it('addresses a citizen as 你 and leaves reasons and number blank before the event', () => {
    const blank = buildNoPenaltyDecision({
      ...sampleData({ partyKind: 'citizen', enterpriseId: null, partyName: '刘某', partyIdNumber: '421202199001011234' }, SAMPLE_EVENTS.slice(0, 3)),
      enterprise: null,
    });
    expect(blank.number).toBe('（　　）应急不罚〔　　〕　　号');
    expect(paras(blank)[2]).toContain('本机关决定对你不予行政处罚');
    expect(paras(blank)[1]).toBe('本机关认为：＿＿＿＿＿＿＿＿＿＿＿＿。');
  });
});

describe('延期（分期）缴纳罚款决定书', () => {
  const approval = ev(
    'approveInstalment',
    9,
    '2026-03-20',
    '张局长',
    ['（咸安）应急缓缴〔2026〕1号'],
    '当事人因资金周转困难申请延期三个月缴纳，经核实属实，同意。',
    { newPaymentDueOn: '2026-06-26' },
  );
  const inst = buildInstalmentApproval(sampleData({ ...servedRow, paymentDueOn: '2026-06-26', instalmentApplied: true }, [...SERVED, approval]));

  it('states the decision, the application as recorded, 第六十六条第二款, the old and the new deadline and the fine in figures and capitals', () => {
    expect([inst.title, inst.number]).toEqual(['延期（分期）缴纳罚款决定书', '（咸安）应急缓缴〔2026〕1号']);
    const p = paras(inst);
    expect(p[0]).toBe('湖北楚缘精细化工有限公司（统一社会信用代码：91421202MA4F5J8L2X）：');
    expect(p[1]).toBe(DECISION);
    expect(p[2]).toBe('你单位以确有经济困难为由，申请延期（分期）缴纳罚款。申请事由及审查意见：当事人因资金周转困难申请延期三个月缴纳，经核实属实，同意。');
    expect(p[3]).toBe(
      '经审查，根据《中华人民共和国行政处罚法》第六十六条第二款的规定，本机关同意你单位延期（分期）缴纳罚款人民币60000元（大写：陆万元整），缴纳期限由2026年3月26日延至2026年6月26日。',
    );
    expect(p[4]).toContain('《中华人民共和国行政处罚法》第七十二条第一款第一项');
    expect(closing(inst)).toMatchObject({ lines: ['咸宁市咸安区应急管理局', '（印章）', '2026年3月20日'] });
  });

  it('a second extension runs from the deadline the first one set', () => {
    const second = ev('approveInstalment', 10, '2026-06-20', '张局长', ['（咸安）应急缓缴〔2026〕2号'], '分期第二期，同意。', {
      newPaymentDueOn: '2026-08-26',
    });
    const p = paras(buildInstalmentApproval(sampleData({ ...servedRow, paymentDueOn: '2026-08-26' }, [...SERVED, approval, second])));
    expect(p[3]).toContain('缴纳期限由2026年6月26日延至2026年8月26日');
  });
});

describe('加处罚款催告书', () => {
  const overdueRow = { ...servedRow, state: 'overdue' } as const;

  it('states the amount owed on the day of the notice as the service computes it (3% a day, capped), in figures and capitals, and ten days to pay', () => {
    const inst = buildLatePaymentSurchargeNotice(sampleData({ ...overdueRow, remindedOn: '2026-04-01' }, OVERDUE));
    expect([inst.title, inst.number]).toEqual(['加处罚款催告书', '（咸安）应急催〔2026〕1号']);
    const p = paras(inst);
    expect(p[1]).toBe(`${DECISION}你单位应当于2026年3月26日前缴纳罚款，逾期至今未缴纳。`);
    // 60000 × 3% = 1800 a day: 4 days to 30 March; the 34th day (29 April) reaches the fine.
    expect(p[2]).toBe(
      '依据《中华人民共和国行政处罚法》第七十二条第一款第一项和《中华人民共和国行政强制法》第四十五条的规定，自2026年3月27日起每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额（至2026年4月29日达到罚款数额，此后不再增加）。' +
        '截至2026年3月30日，你单位已逾期4日，应缴罚款人民币60000元（大写：陆万元整），加处罚款人民币7200元（大写：柒仟贰佰元整），合计人民币67200元（大写：陆万柒仟贰佰元整）。',
    );
    expect(p[3]).toBe(
      '根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你单位自收到本催告书之日起十日内（即2026年4月11日前）缴清罚款和加处罚款，缴至指定银行或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》第六十七条）。',
    );
    expect(p[4]).toBe(
      '你单位有权进行陈述和申辩（《中华人民共和国行政强制法》第三十六条）。逾期仍不履行的，本机关将依据《中华人民共和国行政强制法》第五十三条、第五十四条的规定申请人民法院强制执行。',
    );
    expect(closing(inst)).toMatchObject({ lines: ['咸宁市咸安区应急管理局', '（印章）', '2026年3月30日'] });
  });

  it('keeps the deadline in force when it was issued, even after a later extension, and gives no date before service of the 催告书', () => {
    const later = ev('approveInstalment', 10, '2026-04-02', '张局长', [], '同意延期。', { newPaymentDueOn: '2026-05-30' });
    const p = paras(buildLatePaymentSurchargeNotice(sampleData({ ...servedRow, paymentDueOn: '2026-05-30' }, [...OVERDUE, later])));
    expect(p[1]).toContain('你单位应当于2026年3月26日前缴纳罚款');
    expect(p[2]).toContain('已逾期4日');
    expect(p[3]).toContain('自收到本催告书之日起十日内缴清');
  });
});

describe('强制执行申请书', () => {
  const events = [...OVERDUE, ev('applyToCourt', 10, '2026-10-12', '张局长', ['（咸安）应急强执〔2026〕1号'], null, { remindedOn: '2026-09-20' })];
  const inst = buildCourtEnforcementApplication(sampleData({ ...servedRow, state: 'courtEnforcement', remindedOn: '2026-09-20' }, events));

  it('asks the court of the place for the fine and the capped surcharge, with the decision, service, the 催告 and the ten days (第五十三条至第五十五条)', () => {
    expect([inst.title, inst.number]).toEqual(['强制执行申请书', '（咸安）应急强执〔2026〕1号']);
    expect(fields(inst)).toMatchObject({ 申请人: '咸宁市咸安区应急管理局', 被申请人: '湖北楚缘精细化工有限公司', '法定代表人（负责人）': '陈志明' });
    const p = paras(inst);
    expect(p[0]).toBe('＿＿＿＿＿＿人民法院：');
    expect(p[1]).toBe(
      '申请事项：请求依法强制执行本机关《行政处罚决定书》（咸安）应急罚〔2026〕7号确定的罚款人民币60000元（大写：陆万元整）及截至2026年10月12日的加处罚款人民币60000元（大写：陆万元整），合计人民币120000元（大写：壹拾贰万元整）。',
    );
    expect(p[2]).toBe(`事实和理由：${FACTS}依据《中华人民共和国安全生产法》第九十七条第一项的规定，${DECISION.replace('对你单位', '对被申请人')}`);
    expect(p[3]).toBe(
      '被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行行政处罚决定。本机关于2026年9月20日向被申请人送达《加处罚款催告书》（咸安）应急催〔2026〕1号，催告书送达十日后被申请人仍未履行义务。',
    );
    expect(p[4]).toBe(
      '根据《中华人民共和国行政处罚法》第七十二条第一款第四项和《中华人民共和国行政强制法》第五十三条、第五十四条、第五十五条的规定，特向本机关所在地有管辖权的人民法院申请强制执行。',
    );
    expect(text(inst)).toContain('《送达回执》（咸安）应急送〔2026〕4号');
    expect(inst.blocks.find((b) => b.kind === 'signatures')).toEqual({
      kind: 'signatures',
      lines: [{ role: '行政机关负责人（签名）', name: '张局长', date: '2026-10-12' }],
    });
  });

  it('names a specific court when one is configured', () => {
    const d = {
      ...sampleData({ ...servedRow, state: 'courtEnforcement', remindedOn: '2026-09-20' }, events),
      remedies: { reviewBody: '咸宁市咸安区人民政府', court: '咸宁市咸安区人民法院' },
    };
    expect(paras(buildCourtEnforcementApplication(d))[0]).toBe('咸宁市咸安区人民法院：');
  });
});

describe('撤销立案审批表, 案件移送书, 涉嫌犯罪案件移送书', () => {
  const before = SAMPLE_EVENTS.slice(0, 3);
  const investigating = { state: 'investigating', penalty: null, discretion: null, noticeServedOn: null, ...UNDECIDED };

  it('the revocation form gives the filing, the reasons and the head approval with 第五十七条', () => {
    const inst = buildFilingRevocation(
      sampleData({ ...investigating, state: 'filingRevoked' }, [
        ...before,
        ev('revokeFiling', 5, '2026-02-20', '张局长', ['（咸安）应急撤立〔2026〕1号'], '经调查，违法事实不能成立。'),
      ]),
    );
    expect([inst.title, inst.number]).toEqual(['撤销立案审批表', '（咸安）应急撤立〔2026〕1号']);
    expect(fields(inst)).toMatchObject({
      立案日期: '2026年2月10日',
      立案审批表文号: '（咸安）应急立〔2026〕3号',
      撤销立案理由: '经调查，违法事实不能成立。',
      审批意见: '同意撤销立案（《中华人民共和国行政处罚法》第五十七条）。',
      当事人: '湖北楚缘精细化工有限公司',
    });
    expect(inst.blocks.filter((b) => b.kind === 'signatures').at(-1)).toEqual({
      kind: 'signatures',
      lines: [{ role: '负责人（签名）', name: '张局长', date: '2026-02-20' }],
    });
  });

  it('the transfer letter is addressed to the receiving authority the event named, gives the reasons and lists the case file', () => {
    const transfer = ev('transfer', 5, '2026-02-20', '张局长', ['（咸安）应急移〔2026〕1号'], '该违法行为属于市场监督管理部门管辖。', {
      receivingAuthority: '咸宁市咸安区市场监督管理局',
    });
    const inst = buildTransferLetter(sampleData({ ...investigating, state: 'transferred' }, [...before, transfer]));
    expect([inst.title, inst.number]).toEqual(['案件移送书', '（咸安）应急移〔2026〕1号']);
    const p = paras(inst);
    expect(p[0]).toBe('咸宁市咸安区市场监督管理局：');
    expect(p[2]).toBe(
      '经审查，该违法行为属于市场监督管理部门管辖。根据《中华人民共和国行政处罚法》第二十二条至第二十五条的规定，本案不属于本机关管辖，现将该案移送你单位依法处理。请在收到本移送书及案件材料后在回执上签收。',
    );
    expect(tables(inst)).toEqual([
      ['1', '立案审批表', '（咸安）应急立〔2026〕3号', '1份'],
      ['2', '询问笔录', '（咸安）应急询〔2026〕4号', '被询问人：张伟'],
      ['3', '抽样取证凭证', '（咸安）应急抽〔2026〕2号', '工业用二氯甲烷2桶'],
      ['4', '先行登记保存证据通知书', '（咸安）应急先保〔2026〕1号', '可燃气体报警控制器1台'],
    ]);
    // Without the field, a line to fill in by hand.
    const { payload: _, ...unnamed } = transfer;
    expect(paras(buildTransferLetter(sampleData({ ...investigating, state: 'transferred' }, [...before, unnamed])))[0]).toBe('＿＿＿＿＿＿＿＿：');
  });

  it('the criminal transfer letter goes to the police organ named, approved by the head (第五条), with the materials of 第六条 and a copy to the procuratorate', () => {
    const toPolice = ev('transferToPolice', 5, '2026-02-20', '张局长', ['（咸安）应急刑移〔2026〕1号'], '当事人涉嫌重大责任事故罪', {
      receivingAuthority: '咸宁市公安局咸安区分局',
    });
    const inst = buildCriminalTransferLetter(sampleData({ ...investigating, state: 'transferredToPolice' }, [...before, toPolice]));
    expect([inst.title, inst.number]).toEqual(['涉嫌犯罪案件移送书', '（咸安）应急刑移〔2026〕1号']);
    const p = paras(inst);
    expect(p[0]).toBe('咸宁市公安局咸安区分局：');
    expect(p[2]).toBe(
      '本机关认为，当事人涉嫌重大责任事故罪。根据《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》第三条的规定，经本机关负责人张局长于2026年2月20日批准（《行政执法机关移送涉嫌犯罪案件的规定》第五条），现将该案移送你局，请依法审查。',
    );
    expect(tables(inst).slice(0, 3)).toEqual([
      ['1', '涉嫌犯罪案件情况的调查报告', '', '承办人：王建国、李晓红'],
      ['2', '涉案物品清单', '', '可燃气体报警控制器1台、工业用二氯甲烷2桶'],
      ['3', '有关检验报告或者鉴定结论', '', '如有，另附'],
    ]);
    expect(tables(inst)).toHaveLength(7);
    expect(text(inst)).toContain('抄送：同级人民检察院（《行政执法机关移送涉嫌犯罪案件的规定》第六条）');
    expect(paras(buildCriminalTransferLetter(sampleData({ ...investigating }, before)))[0]).toBe('＿＿＿＿＿＿公安局：');
  });
});

describe('听证笔录', () => {
  it('gives the date, the chair, the officers, the proposed penalty and the chair’s account, under the number issued when the hearing ended', () => {
    const events = [
      ...SAMPLE_EVENTS.slice(0, 5),
      ev('recordHearing', 9, '2026-03-20', '周主持', ['（咸安）应急听录〔2026〕1号'], '当事人对事实无异议，请求从轻处罚。'),
    ];
    const inst = buildHearingRecord({ ...sampleData({ state: 'heard', hearingOn: '2026-03-20', ...UNDECIDED }, events), hearingChairName: '周主持' });
    expect([inst.title, inst.number]).toEqual(['听证笔录', '（咸安）应急听录〔2026〕1号']);
    expect(fields(inst)).toMatchObject({
      听证时间: '2026年3月20日',
      听证主持人: '周主持',
      案件调查人员: '王建国（执法证号：42120021001）、李晓红（执法证号：42120021017）',
      拟作出的行政处罚: '罚款人民币60000元（大写：陆万元整）',
    });
    expect(paras(inst)).toContain('当事人对事实无异议，请求从轻处罚。');
    expect(text(inst)).toContain('《中华人民共和国行政处罚法》第六十四条第八项');
  });
});

describe('which step each of these instruments belongs to', () => {
  const OF_EVENT: Partial<Record<CaseInstrumentKind, [string, string]>> = {
    hearingRecord: ['recordHearing', '听证尚未结束，不能制作听证笔录'],
    noPenaltyDecision: ['notPunish', '案件未作出不予行政处罚决定，不能制作不予行政处罚决定书'],
    instalmentApproval: ['approveInstalment', '未批准当事人延期或者分期缴纳罚款，不能制作延期（分期）缴纳罚款决定书'],
    latePaymentSurchargeNotice: ['markOverdue', '当事人未逾期缴纳罚款，不能制作加处罚款催告书'],
    courtEnforcementApplication: ['applyToCourt', '案件尚未申请人民法院强制执行，不能制作强制执行申请书'],
    filingRevocation: ['revokeFiling', '案件未撤销立案，不能制作撤销立案审批表'],
    transferLetter: ['transfer', '案件未移送其他行政机关，不能制作案件移送书'],
    criminalTransferLetter: ['transferToPolice', '案件未移送公安机关，不能制作涉嫌犯罪案件移送书'],
  };

  it('each is available exactly when its own event was taken, whatever else happened and whatever the state or procedure', () => {
    const states = ['draft', 'investigating', 'notPunished', 'served', 'overdue', 'courtEnforcement', 'closurePending', 'closed', 'archived', 'summaryDecided'];
    for (const [kind, [event, reason]] of Object.entries(OF_EVENT) as [CaseInstrumentKind, [string, string]][]) {
      for (const state of states) {
        for (const procedure of ['general', 'summary']) {
          const c = sampleRow({ state, procedure });
          expect(instrumentProblem(kind, c), `${kind} ${state} without events`).toBe(reason);
          for (const other of CASE_EVENT_NAMES) {
            expect(instrumentProblem(kind, { ...c, events: [{ event: other }] }), `${kind} ${state} after ${other}`).toBe(other === event ? null : reason);
          }
        }
      }
    }
  });

  it('the kinds not tied to one event are unaffected by these events', () => {
    const ofEvent = Object.keys(OF_EVENT);
    const others = CASE_INSTRUMENT_KINDS.filter((k) => !ofEvent.includes(k));
    const events = Object.values(OF_EVENT).map(([event]) => ({ event }));
    for (const k of others) expect(instrumentProblem(k, { ...sampleRow(), events }), k).toBe(instrumentProblem(k, sampleRow()));
  });
});
