// 询问笔录: the stored interview as taken (time, place, the two officers with their credentials,
// the interviewee, the questions and answers in order), numbered when it was recorded.
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import type { Block, Instrument } from '../../../platform/documents/render/model.js';
import type { Interview } from '../collection/interview.js';
import { causeText } from './common.js';
import type { CaseInstrumentData } from './types.js';

export const INTERVIEWEE_ROLE_ZH: Record<Interview['intervieweeRole'], string> = {
  legalRepresentative: '法定代表人',
  safetyManager: '安全管理人员',
  employee: '从业人员',
  witness: '证人',
  party: '当事人',
  other: '其他',
};

/** 2026年2月11日9时30分, in China time whatever the stored offset. */
function timeText(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日${t.getUTCHours()}时${String(t.getUTCMinutes()).padStart(2, '0')}分`;
}

/** The interview at `index` (the last one when absent); the service has checked it exists. */
export function buildInterviewRecord(d: CaseInstrumentData): Instrument {
  const list = d.case.interviews;
  const i = list[d.interviewIndex ?? list.length - 1];
  const officer = (id: string) => d.investigators.find((o) => o.userId === id);
  const officerText = i.officerIds
    .map((id) => {
      const o = officer(id);
      return o ? `${o.name}${o.credentialNo ? `（执法证号：${o.credentialNo}）` : ''}` : '';
    })
    .join('、');
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        [{ label: '案由', value: causeText(d) }],
        [{ label: '询问时间', value: `${timeText(i.startedAt)}至${timeText(i.endedAt)}` }],
        [{ label: '询问地点', value: i.place }],
        [
          { label: '被询问人', value: i.intervieweeName },
          { label: '身份', value: INTERVIEWEE_ROLE_ZH[i.intervieweeRole] },
        ],
        [
          { label: '身份证件号码', value: i.intervieweeIdNumber ?? '' },
          { label: '工作单位', value: d.case.partyKind === 'organisation' ? d.case.partyName : '' },
        ],
        [{ label: '询问人', value: officerText }],
      ],
    },
    {
      kind: 'paragraph',
      text: `我们是${d.orgName}的执法人员，这是我们的执法证件（出示证件）。现依法向你了解有关情况，你应当如实回答，不得作伪证或者隐匿证据；你有陈述和申辩的权利。`,
      indent: true,
    },
    ...i.qa.flatMap((x): Block[] => [
      { kind: 'paragraph', text: `问：${x.q}` },
      { kind: 'paragraph', text: `答：${x.a}` },
    ]),
    { kind: 'paragraph', text: '以上笔录我已看过（或者已向我宣读），与我说的一致。', indent: true },
    {
      kind: 'signatures',
      lines: [{ role: '被询问人（签名）', name: i.intervieweeName }, ...i.officerIds.map((id) => ({ role: '询问人（签名）', name: officer(id)?.name }))],
    },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.interviewRecord.name, number: i.number, blocks };
}
