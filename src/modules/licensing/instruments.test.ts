// The licensing instruments' pure builders: which instruments an application's history gives, the
// blank number before numbering, the reasons without the remedies twice, the extension's last day
// as known that day, and both renderers for every kind.
import { describe, expect, it } from 'vitest';
import { renderInstrument } from '../../platform/documents/render/index.js';
import { instrumentText } from '../../platform/documents/render/model.js';
import { REMEDIES } from './codes.js';
import { LICENSE_INSTRUMENT_KINDS } from './instrument-contract.js';
import {
  availableInstruments,
  buildLicensingInstrument,
  extendedDueOn,
  type InstrumentApplication,
  instrumentProblem,
  type LicensingInstrumentData,
} from './instruments.js';

const base: InstrumentApplication = {
  applicationNo: 'XK20260928ABCDEF',
  matterCode: 'hazchemTrade',
  state: 'submitted',
  scope: '汽油、柴油（不带储存设施）',
  submittedAt: new Date('2026-09-28T02:00:00Z'),
  receivedOn: '2026-09-28',
  supplementNotices: [],
  acceptedOn: null,
  deemedAccepted: false,
  kind: 'new',
  deemedGranted: false,
  refusalReason: null,
  pauses: [],
  extensionDays: 0,
  extensionReason: null,
  decidedOn: null,
  decisionReason: null,
  closedOn: null,
};
const data = (a: Partial<InstrumentApplication>, numbers: LicensingInstrumentData['numbers'] = []): LicensingInstrumentData => ({
  application: { ...base, ...a },
  orgName: '咸安区应急管理局',
  applicant: { name: '湖北某某化工有限公司', uscc: '91421202MA4XXXXX1X' },
  numbers,
});
const text = (d: LicensingInstrumentData, kind: (typeof LICENSE_INSTRUMENT_KINDS)[number], notice?: number) =>
  instrumentText(buildLicensingInstrument(kind, d, notice)).join('\n');

const notice = (issuedOn: string, answeredOn: string | null, problem = '未盖章') => ({
  items: [{ materialCode: 'applicationForm', problem }],
  note: null,
  issuedOn,
  issuedBy: 'u',
  answeredOn,
});
const granted = data(
  {
    state: 'granted',
    supplementNotices: [notice('2026-09-28', '2026-09-29')],
    receivedOn: '2026-09-29',
    acceptedOn: '2026-09-30',
    pauses: [{ kind: 'onSiteCheck', from: '2026-10-12', to: '2026-10-14', note: '核查', by: 'u' }],
    extensionDays: 10,
    extensionReason: '需进一步核实。',
    decidedOn: '2026-10-15',
    decisionReason: '符合条件',
  },
  [
    { type: 'licenseSupplementNotice', number: '（咸安）应急许补〔2026〕1号', date: '2026-09-28' },
    { type: 'licenseAcceptanceNotice', number: '（咸安）应急许受〔2026〕1号', date: '2026-09-30' },
    { type: 'licenseExtensionNotice', number: '（咸安）应急许延〔2026〕1号', date: '2026-10-14' },
    { type: 'licenseGrant', number: '（咸安）应急许准〔2026〕1号', date: '2026-10-15' },
  ],
);

describe('which instruments an application has', () => {
  it('gives each act its instrument, in the order of the acts, with the numbers issued', () => {
    expect(availableInstruments(granted).map((i) => [i.kind, i.notice, i.number])).toEqual([
      ['supplementNotice', 1, '（咸安）应急许补〔2026〕1号'],
      ['acceptance', null, '（咸安）应急许受〔2026〕1号'],
      ['extension', null, '（咸安）应急许延〔2026〕1号'],
      ['grant', null, '（咸安）应急许准〔2026〕1号'],
    ]);
    expect(availableInstruments(data({}))).toEqual([]);
  });

  it('says why an instrument is not there yet', () => {
    const submitted = data({});
    for (const kind of LICENSE_INSTRUMENT_KINDS) expect(instrumentProblem(kind, submitted), kind).not.toBeNull();
    expect(instrumentProblem('supplementNotice', granted, 2)).toContain('只有 1 次');
    expect(instrumentProblem('denial', granted)).not.toBeNull();
    expect(instrumentProblem('grant', data({ ...granted.application, state: 'issued' }))).toBeNull();
    expect(() => buildLicensingInstrument('supplementNotice', granted, 2)).toThrow(RangeError);
  });

  it('prints the blank number for an act taken before numbering, and the blank date when the day is unknown', () => {
    const legacy = data({ ...granted.application });
    const inst = buildLicensingInstrument('extension', legacy);
    expect(inst.number).toBe('（　　）应急许延〔　　〕　　号');
    expect(instrumentText(inst)).toContain('　　年　　月　　日');
    expect(availableInstruments(legacy).find((i) => i.kind === 'acceptance')).toMatchObject({ number: null, date: '2026-09-30' });
  });
});

describe('a voided number', () => {
  it('leaves its notice the blank number and the next notice its own', () => {
    const two = data({ state: 'supplementRequested', supplementNotices: [notice('2026-09-28', '2026-09-29'), notice('2026-09-29', null)] }, [
      { type: 'licenseSupplementNotice', number: null, date: '2026-09-28' },
      { type: 'licenseSupplementNotice', number: '（咸安）应急许补〔2026〕2号', date: '2026-09-29' },
    ]);
    expect(availableInstruments(two).map((i) => i.number)).toEqual([null, '（咸安）应急许补〔2026〕2号']);
    expect(buildLicensingInstrument('supplementNotice', two, 1).number).toBe('（　　）应急许补〔　　〕　　号');
    expect(buildLicensingInstrument('supplementNotice', two).number).toBe('（咸安）应急许补〔2026〕2号');
  });
});

describe('what the instruments say', () => {
  it('补正: every item with the material’s name, the round’s dates and 第三十二条', () => {
    const two = data({
      state: 'supplementRequested',
      supplementNotices: [notice('2026-09-28', '2026-09-29'), notice('2026-09-29', null, '仍未盖章')],
      receivedOn: '2026-09-29',
    });
    const t = text(two, 'supplementNotice', 2);
    for (const s of ['申请经营许可证的文件及申请书', '仍未盖章', '并于2026年9月29日提交了补正材料', '申请材料仍不齐全', '第三十二条第一款第四项', '5个工作日'])
      expect(t).toContain(s);
    expect(text(two, 'supplementNotice', 1)).toContain('你单位于2026年9月28日提交的');
  });

  it('tells the remedies once though the stored reasons carry them', () => {
    const refused = data({ state: 'refusedToAccept', refusalReason: `不属于本机关职权范围\n${REMEDIES}`, closedOn: '2026-09-29' });
    const t = text(refused, 'refusalToAccept');
    expect(t.split(REMEDIES)).toHaveLength(2);
    expect(t).toContain('经审查，不属于本机关职权范围。');
    const denied = data({ state: 'denied', acceptedOn: '2026-09-30', decidedOn: '2026-10-09', decisionReason: `经现场核查，安全距离不足\n${REMEDIES}` });
    const d = text(denied, 'denial');
    expect(d.split(REMEDIES)).toHaveLength(2);
    expect(d).toContain('受理。经现场核查，安全距离不足。');
    expect(d).toContain('第三十八条第二款');
  });

  it('a renewal is granted under 第五十条, by a decision or by law, and a change as a change', () => {
    const granted = { state: 'granted', acceptedOn: '2026-11-06', decidedOn: '2026-11-20', decisionReason: '经审查，持证期间守法经营' } as const;
    const renewal = text(data({ ...granted, kind: 'renewal' }), 'grant');
    expect(renewal).toContain('第五十条');
    expect(renewal).toContain('决定准予延续行政许可有效期');
    const byLaw = text(data({ ...granted, kind: 'renewal', deemedGranted: true, decidedOn: '2026-12-01' }), 'grant');
    expect(byLaw).toContain('第五十条第二款的规定，视为准予延续');
    expect(byLaw).not.toContain('持证期间');
    expect(text(data({ ...granted, kind: 'change' }), 'grant')).toContain('决定准予行政许可变更');
    expect(text(data({ ...granted }), 'grant')).toMatch(/决定准予行政许可。/);
  });

  it('deemed acceptance says so and cites 第三十二条第一款第四项', () => {
    const t = text(data({ state: 'accepted', acceptedOn: '2026-09-28', deemedAccepted: true }), 'acceptance');
    expect(t).toContain('依法视为受理');
    expect(t).toContain('2026年10月10日前');
  });
});

describe('the extension’s last day', () => {
  const a = granted.application;
  it('counts the pauses known on the day of the extension, not later ones', () => {
    const later = { ...a, pauses: [...a.pauses, { kind: 'expertReview' as const, from: '2026-10-20', to: '2026-10-30', note: '评审', by: 'u' }] };
    expect(extendedDueOn(later, '2026-10-14')).toBe(extendedDueOn(a, '2026-10-14'));
    expect(extendedDueOn(a, '2026-10-14')! > extendedDueOn({ ...a, pauses: [] }, '2026-10-14')!).toBe(true);
  });
  it('has no last day while a pause is open that day', () => {
    expect(extendedDueOn(a, '2026-10-13')).toBeNull();
    expect(text(data({ ...a }, [{ type: 'licenseExtensionNotice', number: 'x', date: '2026-10-13' }]), 'extension')).toContain('第四十五条');
  });
});

describe('licensing instruments render', () => {
  const all = data({ ...granted.application, state: 'denied', refusalReason: '理由', decisionReason: '不符合条件' }, granted.numbers);
  it.each(LICENSE_INSTRUMENT_KINDS)(
    '%s as PDF and DOCX',
    async (kind) => {
      const inst = buildLicensingInstrument(kind, all, kind === 'supplementNotice' ? 1 : undefined);
      expect((await renderInstrument(inst, 'pdf')).bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect((await renderInstrument(inst, 'docx')).bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    },
    30_000,
  );
});
