// 集体讨论记录: the minutes of a closed meeting as an instrument (pure builder; the platform's
// renderers draw the DOCX and the PDF from it, so the two say the same). The number is the one
// issued when the meeting closed (service.ts closeMeeting).
import { INSTRUMENT_TYPES } from '../../platform/documents/numbering.js';
import { type Block, dateText, type Instrument } from '../../platform/documents/render/model.js';
import { DELIBERATION_LABELS, penaltyText } from './codes.js';
import type { MeetingOut } from './contract.js';
import { DELIBERATION_RULES } from './rules.js';

const L = DELIBERATION_LABELS;

/** Why there are no minutes yet, or null. */
export function minutesProblem(m: Pick<MeetingOut, 'state' | 'minutesNumber'>): string | null {
  return m.state === 'closed' && m.minutesNumber ? null : '会议尚未结束，没有集体讨论记录';
}

export function buildMinutes(m: MeetingOut): Instrument {
  if (!m.minutesNumber) throw new RangeError('会议尚未结束');
  const present = m.members.filter((x) => x.present && x.kind !== 'attendee');
  const attending = m.members.filter((x) => x.present && x.kind === 'attendee');
  const absent = m.members.filter((x) => !x.present);
  const names = (xs: typeof m.members) => xs.map((x) => x.name).join('、') || '无';
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        [
          { label: '会议时间', value: dateText(m.heldOn) },
          { label: '会议地点', value: m.place },
        ],
        [
          { label: '主持人', value: m.chairName },
          { label: '记录人', value: m.recorderName },
        ],
        [{ label: '出席人员', value: names(present) }],
        [{ label: '列席人员', value: names(attending) }],
        [{ label: '缺席人员及原因', value: absent.map((x) => `${x.name}（${x.absenceReason ?? ''}）`).join('、') || '无' }],
        [{ label: '出席情况', value: `应到${m.quorum.named}人，实到${m.quorum.present}人，${m.quorum.met ? '符合' : '不符合'}本机关集体讨论制度规定的人数` }],
      ],
    },
    { kind: 'paragraph', indent: true, text: `依据${DELIBERATION_RULES.article}，对下列案件进行集体讨论：` },
  ];
  for (const [n, i] of m.items.entries()) {
    blocks.push(
      { kind: 'heading', text: `议题${n + 1}：${i.partyName}` },
      { kind: 'paragraph', indent: true, text: `案情：${i.caseSummary}` },
      { kind: 'paragraph', indent: true, text: `拟处罚意见：${penaltyText(i.proposal)}` },
      { kind: 'paragraph', indent: true, text: `调查情况汇报：${i.reportSummary}` },
      { kind: 'paragraph', indent: true, text: `法制审核意见：${i.legalOpinion ?? '无'}` },
      {
        kind: 'table',
        columns: [
          { title: '参加讨论人员', weight: 2 },
          { title: '表决', weight: 1 },
          { title: '个人意见', weight: 5 },
        ],
        rows: i.votes.map((v) => [v.name, L.vote[v.vote], v.opinion || '—']),
      },
      {
        kind: 'paragraph',
        indent: true,
        text: `表决结果：同意${i.tally.agree}票，不同意${i.tally.disagree}票，弃权${i.tally.abstain}票，回避${i.tally.recused}票。`,
      },
      {
        kind: 'paragraph',
        indent: true,
        text: `讨论结论：${i.conclusion ? L.conclusion[i.conclusion] : ''}${i.conclusion === 'penalty' ? `（${penaltyText(i.proposal)}）` : ''}。${i.conclusionText ?? ''}`,
      },
      { kind: 'paragraph', indent: true, text: `不同意见：${i.dissent ?? '无'}` },
    );
  }
  blocks.push(
    {
      kind: 'signatures',
      lines: [{ role: '主持人（签名）', date: m.heldOn }, { role: '记录人（签名）', date: m.heldOn }, { role: '出席人员（签名）' }],
    },
    { kind: 'note', text: '本记录归入所讨论案件的案卷。' },
  );
  return { orgName: m.orgName, title: INSTRUMENT_TYPES.deliberationMinutes.name, number: m.minutesNumber, blocks };
}
