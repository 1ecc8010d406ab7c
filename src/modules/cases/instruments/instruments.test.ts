import { describe, expect, it } from 'vitest';
import { instrumentText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import {
  buildCaseHandlingApproval,
  buildClosureReport,
  buildFilingApproval,
  buildHearingNotice,
  buildPenaltyDecision,
  buildPenaltyNotice,
  buildServiceReceipt,
  buildSummaryDecision,
  CASE_INSTRUMENT_KINDS,
  buildCaseInstrument,
  instrumentProblem,
} from './index.js';
import { SAMPLE_EVENTS, sampleData, sampleRow } from './samples.js';
import type { StoredEvent } from './types.js';

const text = (inst: Instrument) => instrumentText(inst).join('\n');
const paras = (inst: Instrument) => inst.blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph').map((b) => b.text);
const fields = (inst: Instrument) => Object.fromEntries(inst.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.flat() : [])).map((f) => [f.label, f.value]));
const FACTS = '经查，湖北楚缘精细化工有限公司于2026年1月20日未按照规定设置安全生产管理机构或者配备安全生产管理人员。';
const FINE = '罚款人民币60000元（大写：陆万元整）';
const at = (date: string) => new Date(`${date}T02:00:00Z`);

describe('every instrument states the same stored facts', () => {
  it('prints the party, the facts and the penalty identically wherever they appear', () => {
    const d = sampleData({ state: 'closed', hearingOn: '2026-03-20' });
    for (const kind of CASE_INSTRUMENT_KINDS) {
      const t = text(buildCaseInstrument(kind, d));
      expect(t, kind).toContain('湖北楚缘精细化工有限公司');
      expect(t.startsWith('咸宁市咸安区应急管理局'), kind).toBe(true);
    }
    for (const b of [buildFilingApproval, buildCaseHandlingApproval, buildPenaltyNotice, buildPenaltyDecision]) expect(text(b(d))).toContain(FACTS);
    for (const b of [buildCaseHandlingApproval, buildPenaltyNotice, buildPenaltyDecision, buildClosureReport, buildHearingNotice])
      expect(text(b(d))).toContain(FINE);
  });

  it('uses the number stored for the step, and a blank number where none was issued (never a new one)', () => {
    const d = sampleData();
    expect(buildFilingApproval(d).number).toBe('（咸安）应急立〔2026〕3号');
    expect(buildPenaltyNotice(d).number).toBe('（咸安）应急告〔2026〕5号');
    expect(buildPenaltyDecision(d).number).toBe('（咸安）应急罚〔2026〕7号');
    expect(buildCaseHandlingApproval(d).number).toBe('（　　）应急呈〔　　〕　　号');
    expect(buildServiceReceipt(d).number).toBe('（　　）应急送〔　　〕　　号');
    expect(buildClosureReport(d).number).toBe('（　　）应急结〔　　〕　　号');
    expect(buildCaseInstrument('interview', d).number).toBe('（咸安）应急询〔2026〕4号');
  });
});

describe('询问笔录', () => {
  it('gives the time in China, the interviewee, both officers with credentials and the questions and answers in order', () => {
    const t = text(buildCaseInstrument('interview', sampleData()));
    expect(t).toContain('2026年2月11日9时30分至2026年2月11日10时15分');
    expect(t).toContain('张伟');
    expect(t).toContain('法定代表人');
    expect(t).toContain('王建国（执法证号：42120021001）、李晓红（执法证号：42120021017）');
    expect(t.indexOf('问：你单位是否配备专职安全生产管理人员？')).toBeLessThan(t.indexOf('答：没有。'));
    expect(instrumentProblem('interview', sampleRow({ interviews: [] }))).toBe('案件尚未制作询问笔录');
  });
});

describe('立案审批表', () => {
  it('shows the cause, the party from the registry, the officers with credentials and the head approval', () => {
    const f = fields(buildFilingApproval(sampleData()));
    expect(f).toMatchObject({
      案由: '湖北楚缘精细化工有限公司未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师案',
      当事人: '湖北楚缘精细化工有限公司',
      统一社会信用代码: '91421202MA4F5J8L2X',
      '法定代表人（负责人）': '陈志明',
      违法行为发生日期: '2026年1月20日',
      承办人: '王建国（执法证号：42120021001）、李晓红（执法证号：42120021017）',
      承办人意见: '当事人的上述行为违反了《中华人民共和国安全生产法》第二十四条的规定，依据《中华人民共和国安全生产法》第九十七条第一项的规定，建议立案调查。',
      审批意见: '同意立案，由王建国、李晓红承办。',
    });
    const sig = buildFilingApproval(sampleData())
      .blocks.filter((b) => b.kind === 'signatures')
      .at(-1);
    expect(sig).toEqual({ kind: 'signatures', lines: [{ role: '负责人（签名）', name: '张局长', date: '2026-02-10' }] });
  });

  it('leaves the approval blank on a draft, and names a citizen party by identity number', () => {
    const d = {
      ...sampleData({ state: 'draft', partyKind: 'citizen', enterpriseId: null, partyName: '刘某', partyIdNumber: '421202199001011234', filedOn: null }, []),
      enterprise: null,
    };
    const inst = buildFilingApproval(d);
    expect(inst.number).toBe('（　　）应急立〔　　〕　　号');
    expect(fields(inst)).toMatchObject({ 当事人: '刘某', 身份证件号码: '421202199001011234', 审批意见: '' });
    expect(inst.blocks.filter((b) => b.kind === 'signatures').at(-1)).toEqual({
      kind: 'signatures',
      lines: [{ role: '负责人（签名）', name: undefined, date: undefined }],
    });
  });
});

describe('案件处理呈批表', () => {
  it('shows the discretion band, the proposal and the legal review opinions', () => {
    const d = {
      ...sampleData(),
      reviews: [{ stage: 'legalReview', outcome: 'passWithChanges', opinion: '建议补充询问笔录。', reviewerName: '孙法审', at: at('2026-02-27') }],
    };
    const inst = buildCaseHandlingApproval(d);
    expect(fields(inst)).toMatchObject({ 裁量情节: '较重，基准幅度50000元以上75000元以下', 拟处罚意见: FINE, 立案日期: '2026年2月10日', 审核意见: '同意。' });
    expect(paras(inst)).toContain('法制审核（孙法审，2026年2月27日）：修改后通过。建议补充询问笔录。');
  });

  it('states the reasons for a fine outside the benchmark', () => {
    const inst = buildCaseHandlingApproval(sampleData({ withinBenchmark: false, benchmarkDeviationReasons: '拒不配合检查' }));
    expect(fields(inst).超出裁量基准的理由).toBe('拒不配合检查');
  });
});

describe('行政处罚告知书', () => {
  it('states facts, reasons, basis and the proposed penalty, then 陈述申辩 and the hearing right with their end dates', () => {
    const p = paras(buildPenaltyNotice(sampleData()));
    expect(p).toEqual([
      '湖北楚缘精细化工有限公司（统一社会信用代码：91421202MA4F5J8L2X）：',
      FACTS,
      `你单位的上述行为违反了《中华人民共和国安全生产法》第二十四条的规定。依据《中华人民共和国安全生产法》第九十七条第一项的规定，本机关拟对你单位作出如下行政处罚：${FINE}。`,
      '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。你单位可以自收到本告知书之日起三个工作日内（即2026年3月5日前）向本机关提出陈述、申辩意见；逾期未提出的，视为放弃此权利。',
      '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有要求举行听证的权利。你单位可以自收到本告知书之日起五个工作日内（即2026年3月9日前）向本机关提出听证要求；逾期未提出的，视为放弃此权利。',
    ]);
  });

  it('gives no hearing right below the threshold of 第六十三条, and no end dates before the notice is served', () => {
    const d = sampleData({
      state: 'noticePending',
      penalty: { measures: ['fine'], fineYuan: 20_000, confiscationYuan: 0 },
      noticeServedOn: null,
      statementPeriodEndsOn: null,
      hearingRequestEndsOn: null,
    });
    const inst = buildPenaltyNotice(d);
    const t = text(inst);
    expect(t).not.toContain('听证');
    expect(t).toContain('罚款人民币20000元（大写：贰万元整）');
    expect(t).toContain('三个工作日内向本机关提出陈述、申辩意见');
    expect(inst.blocks.find((b) => b.kind === 'closing')).toEqual({ kind: 'closing', lines: ['咸宁市咸安区应急管理局', '（印章）', '　　年　　月　　日'] });
  });

  it('gives the hearing right for a heavy measure whatever the fine, and lists every measure', () => {
    const d = sampleData({ penalty: { measures: ['warning', 'suspendProduction'], fineYuan: 0, confiscationYuan: 0 } });
    const t = text(buildPenaltyNotice(d));
    expect(t).toContain('本机关拟对你单位作出如下行政处罚：警告，责令停产停业。');
    expect(t).toContain('有要求举行听证的权利');
  });
});

describe('听证告知书', () => {
  it('names the date, the chair and the rights of 第六十四条, under the number issued when it was scheduled', () => {
    const events: StoredEvent[] = [
      ...SAMPLE_EVENTS.slice(0, 5),
      { event: 'requestHearing', version: 7, at: at('2026-03-04'), actorName: '王建国', opinion: null, instrumentNumbers: [] },
      { event: 'scheduleHearing', version: 8, at: at('2026-03-05'), actorName: '赵科长', opinion: null, instrumentNumbers: ['（咸安）应急听告〔2026〕2号'] },
    ];
    const d = {
      ...sampleData({ state: 'hearingScheduled', decidedOn: null, decisionNumber: null, hearingOn: '2026-03-20', hearingNoticeBy: '2026-03-11' }, events),
      hearingChairName: '周主持',
    };
    const inst = buildHearingNotice(d);
    expect(inst.number).toBe('（咸安）应急听告〔2026〕2号');
    expect(paras(inst)[1]).toBe(
      `你单位于2026年3月4日就本机关拟作出的行政处罚（${FINE}）提出听证要求。根据《中华人民共和国行政处罚法》第六十四条的规定，本机关定于2026年3月20日　　时在＿＿＿＿＿＿举行听证，由周主持担任听证主持人。`,
    );
    expect(paras(inst)[2]).toContain('委托一至二人代理（《中华人民共和国行政处罚法》第六十四条第五项）');
    expect(text(inst)).toContain('本通知应当于听证七个工作日前送达（最晚2026年3月11日）');
    expect(inst.blocks.find((b) => b.kind === 'closing')).toMatchObject({ lines: ['咸宁市咸安区应急管理局', '（印章）', '2026年3月5日'] });
  });
});

describe('行政处罚决定书', () => {
  it('gives the notice, the 说理 of the stored discretion (with the decided, not the suggested, figure), the penalty, payment, surcharge and remedies', () => {
    const d = sampleData({ state: 'served', servedOn: '2026-03-11', serviceMethod: 'direct', paymentDueOn: '2026-03-26' });
    const p = paras(buildPenaltyDecision(d));
    expect(p[0]).toBe(FACTS);
    expect(p[1]).toBe(
      '本机关于2026年3月2日向你单位送达了《行政处罚告知书》（咸安）应急告〔2026〕5号，告知了拟作出行政处罚的事实、理由、依据及你单位依法享有的陈述、申辩和要求听证的权利。你单位在规定期限内未要求听证。',
    );
    expect(p[2]).toBe(
      '当事人未按照规定设置安全生产管理机构的行为，违反了《中华人民共和国安全生产法》第二十四条第一款的规定。经查，造成一定危害后果。认定违法情节为“较重”，罚款幅度为50000元以上75000元以下。',
    );
    expect(p.join()).not.toContain('62500');
    expect(p[3]).toBe(
      `依据《中华人民共和国安全生产法》第九十七条第一项及《中华人民共和国行政处罚法》第三十四条的规定，本机关决定对你单位作出如下行政处罚：${FINE}。`,
    );
    expect(p[4]).toBe(
      '罚款限你单位自收到本决定书之日起十五日内（即2026年3月26日前）缴至指定银行或者通过电子支付系统缴纳（《中华人民共和国行政处罚法》第六十七条）。到期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。',
    );
    expect(p[5]).toBe(
      '如不服本决定，可以自收到本决定之日起六十日内依法向咸宁市咸安区人民政府申请行政复议，或者在六个月内依法向有管辖权的人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。',
    );
    expect(buildPenaltyDecision(d).blocks.find((b) => b.kind === 'closing')).toMatchObject({ lines: ['咸宁市咸安区应急管理局', '（印章）', '2026年3月10日'] });
  });

  it('records the hearing held, and the reasons for leaving the benchmark', () => {
    const events: StoredEvent[] = [
      ...SAMPLE_EVENTS,
      { event: 'recordHearing', version: 9, at: at('2026-03-20'), actorName: '周主持', opinion: '当事人对事实无异议，请求从轻处罚。', instrumentNumbers: [] },
    ];
    const d = sampleData({ hearingOn: '2026-03-20', withinBenchmark: false, benchmarkDeviationReasons: '拒不配合检查，妨碍执法' }, events);
    const p = paras(buildPenaltyDecision(d));
    expect(p[1]).toContain('你单位要求听证，本机关于2026年3月20日依法举行了听证。听证情况：当事人对事实无异议，请求从轻处罚。');
    expect(p[2]).toMatch(/本案罚款超出裁量基准幅度，理由如下：拒不配合检查，妨碍执法。$/);
  });

  it('without a fine or stored discretion: no payment paragraph, the breach stated alone', () => {
    const d = sampleData({ penalty: { measures: ['warning'], fineYuan: 0, confiscationYuan: 0 }, discretion: null });
    const p = paras(buildPenaltyDecision(d));
    expect(p[1]).toContain('依法享有的陈述、申辩的权利。');
    expect(p[2]).toBe('你单位的上述行为违反了《中华人民共和国安全生产法》第二十四条的规定。');
    expect(p[3]).toBe('依据《中华人民共和国安全生产法》第九十七条第一项的规定，本机关决定对你单位作出如下行政处罚：警告。');
    expect(p.join()).not.toContain('缴纳');
  });
});

describe('当场处罚决定书', () => {
  // 行政处罚法 第五十一条: on the spot, a fine up to 3 000 元 on an organisation.
  const onSite = (fineYuan: number) =>
    sampleData(
      {
        procedure: 'summary',
        state: 'summaryDecided',
        filedOn: null,
        noticeServedOn: null,
        decisionNumber: null,
        discretion: null,
        interviews: [],
        penalty: { measures: fineYuan ? ['fine'] : ['warning'], fineYuan, confiscationYuan: 0 },
      },
      [
        {
          event: 'decideOnSite',
          version: 2,
          at: new Date('2026-03-10T02:05:00Z'),
          actorName: '王建国',
          opinion: null,
          instrumentNumbers: ['（咸安）应急简罚〔2026〕2号'],
        },
      ],
    );

  it('states what 第五十二条 asks: the violation, penalty and basis, time and place, payment, remedies, the officers with credentials', () => {
    const inst = buildSummaryDecision(onSite(2_000));
    expect(inst.number).toBe('（咸安）应急简罚〔2026〕2号');
    expect(inst.title).toBe('当场处罚决定书');
    expect(fields(inst)).toMatchObject({ 时间: '2026年3月10日10时05分', 当事人: '湖北楚缘精细化工有限公司' });
    const p = paras(inst);
    expect(p[0]).toBe(FACTS);
    expect(p[1]).toBe(
      '你单位的上述行为违反了《中华人民共和国安全生产法》第二十四条的规定。依据《中华人民共和国安全生产法》第九十七条第一项和《中华人民共和国行政处罚法》第五十一条的规定，当场作出如下行政处罚：罚款人民币2000元（大写：贰仟元整）。',
    );
    expect(p[2]).toContain('十五日内');
    expect(p[2]).toContain('第六十八条');
    expect(p[3]).toMatch(/^如不服本决定，可以自收到本决定之日起六十日内/);
    const signatures = inst.blocks.find((b) => b.kind === 'signatures');
    expect(text(inst)).toContain('执法人员（签名）');
    expect(signatures).toMatchObject({ lines: [{ date: '2026-03-10' }, { date: '2026-03-10' }, { role: '当事人（签名）' }] });
  });

  it('a warning has no payment paragraph; the general procedure has no 当场处罚决定书', () => {
    expect(paras(buildSummaryDecision(onSite(0))).join()).not.toContain('缴纳');
    expect(instrumentProblem('summaryDecision', onSite(0).case)).toBeNull();
    expect(instrumentProblem('summaryDecision', sampleRow())).toBe('一般程序案件制作行政处罚决定书，不制作当场处罚决定书');
    expect(instrumentProblem('summaryDecision', { ...onSite(0).case, state: 'draft', decidedOn: null })).toBe(
      '案件尚未当场作出处罚决定，不能制作当场处罚决定书',
    );
  });
});

describe('送达回执 and 结案审批表', () => {
  it('the receipt names the decision served, the method and the date', () => {
    const events = [
      ...SAMPLE_EVENTS,
      { event: 'serve', version: 8, at: at('2026-03-11'), actorName: '李晓红', opinion: null, instrumentNumbers: ['（咸安）应急送〔2026〕4号'] },
    ];
    const inst = buildServiceReceipt(sampleData({ state: 'served', servedOn: '2026-03-11', serviceMethod: 'leftAtAddress' }, events));
    expect(inst.number).toBe('（咸安）应急送〔2026〕4号');
    expect(fields(inst)).toMatchObject({
      送达文书名称及文号: '行政处罚决定书　（咸安）应急罚〔2026〕7号',
      受送达人: '湖北楚缘精细化工有限公司',
      送达方式: '留置送达',
      送达日期: '2026年3月11日',
      送达地点: '咸宁市咸安区永安大道88号',
    });
  });

  it('the closure form shows the payment with the surcharge, and the approval', () => {
    const events = [
      ...SAMPLE_EVENTS,
      { event: 'approveClosure', version: 12, at: at('2026-03-25'), actorName: '赵科长', opinion: null, instrumentNumbers: ['（咸安）应急结〔2026〕1号'] },
    ];
    const inst = buildClosureReport(sampleData({ state: 'closed', paidOn: '2026-03-20', paidFen: 6_720_000, surchargeFen: 720_000 }, events));
    expect(inst.number).toBe('（咸安）应急结〔2026〕1号');
    expect(fields(inst)).toMatchObject({
      处罚决定书文号: '（咸安）应急罚〔2026〕7号',
      决定日期: '2026年3月10日',
      处罚内容: FINE,
      执行情况: '当事人已于2026年3月20日缴纳67200元（含加处罚款7200元），处罚决定已执行完毕。',
      审批意见: '同意。',
    });
  });

  it('the closure form of a case ended without a penalty gives the event and its opinion', () => {
    const events = [
      ...SAMPLE_EVENTS.slice(0, 4),
      { event: 'notPunish', version: 6, at: at('2026-02-28'), actorName: '张局长', opinion: '违法行为轻微并及时改正。', instrumentNumbers: [] },
    ];
    const inst = buildClosureReport(sampleData({ state: 'closurePending', decidedOn: null, decisionNumber: null }, events));
    expect(fields(inst).执行情况).toBe('不予行政处罚（2026年2月28日）。违法行为轻微并及时改正。');
    expect(fields(inst).处罚决定书文号).toBeUndefined();
  });
});

describe('which step each instrument belongs to', () => {
  const draft = sampleRow({
    state: 'draft',
    penalty: null,
    discretion: null,
    filedOn: null,
    noticeServedOn: null,
    decidedOn: null,
    decisionNumber: null,
    interviews: [],
    samplings: [],
    preservations: [],
    waivers: [],
  });
  it('a draft case has only its 立案审批表', () => {
    expect(CASE_INSTRUMENT_KINDS.filter((k) => instrumentProblem(k, draft) === null)).toEqual(['filingApproval']);
    expect(instrumentProblem('penaltyDecision', draft)).toBe('案件尚未作出行政处罚决定，不能制作行政处罚决定书');
    expect(instrumentProblem('hearingNotice', draft)).toBe('当事人未要求听证或者听证尚未安排，不能制作听证告知书');
    expect(instrumentProblem('closureReport', draft)).toBe('案件尚未提请结案，不能制作结案审批表');
  });

  it('the notice may be drafted once the proposal is reviewed, and a decided case has all but the hearing notice and closure', () => {
    const pending = { ...draft, state: 'noticePending', penalty: { measures: ['fine' as const], fineYuan: 60_000, confiscationYuan: 0 } };
    expect(instrumentProblem('penaltyNotice', pending)).toBeNull();
    expect(instrumentProblem('penaltyNotice', { ...pending, state: 'investigating' })).toBe('案件尚未审理完毕进入告知环节，不能制作行政处罚告知书');
    expect(CASE_INSTRUMENT_KINDS.filter((k) => instrumentProblem(k, sampleRow()) === null)).toEqual([
      'filingApproval',
      'caseHandlingApproval',
      'penaltyNotice',
      'waiverStatement',
      'penaltyDecision',
      'serviceReceipt',
      'interview',
      'sampling',
      'preservationNotice',
      'preservationDecision',
    ]);
    expect(instrumentProblem('closureReport', sampleRow({ state: 'archived' }))).toBeNull();
  });

  it('a summary-procedure case has none of the general-procedure forms', () => {
    const summary = sampleRow({ procedure: 'summary', state: 'summaryDecided', filedOn: null, noticeServedOn: null });
    for (const k of ['filingApproval', 'caseHandlingApproval', 'penaltyNotice', 'penaltyDecision', 'serviceReceipt'] as const)
      expect(instrumentProblem(k, summary), k).toMatch(/简易程序|尚未作出/);
  });
});
