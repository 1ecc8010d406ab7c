// 不予行政处罚决定书: the head decided not to punish. The ground recorded with the notPunish event
// decides the articles (no-penalty-grounds.ts: 行政处罚法 第三十三条、第三十六条 with 第五十七条第一款
// 第二项, or 第五十七条第一款第三项 when the facts are not established — then no violation is
// stated as found); the reasons are the event's opinion. Remedies as for any decision.
import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { remediesText } from '../../../platform/documents/render/remedies.js';
import { chinaDate } from '../../../platform/dates.js';
import { cite, citeAll } from '../../catalogue/citation.js';
import { NO_PENALTY_GROUNDS, type NoPenaltyGround } from '../workflow/no-penalty-grounds.js';
import { factsText, lastEvent, numberOf, partyRows, violationOf, you } from './common.js';
import type { CaseInstrumentData } from './types.js';

const APL = 'administrative-penalty-law-2021' as const;
/** Without a recorded ground (cases decided before it was asked), the provisions that may apply. */
const ANY_GROUND = [
  { lawCode: APL, article: 33 },
  { lawCode: APL, article: 57, paragraph: 1, item: 2 },
  { lawCode: APL, article: 57, paragraph: 1, item: 3 },
];
const bare = (s: string) => s.trim().replace(/[。；;，,]+$/, '');

export function buildNoPenaltyDecision(d: CaseInstrumentData): Instrument {
  const e = lastEvent(d, 'notPunish');
  const on = e ? chinaDate(e.at) : undefined;
  const code = e?.payload?.noPenaltyGround as NoPenaltyGround | undefined;
  const ground = code && code in NO_PENALTY_GROUNDS ? NO_PENALTY_GROUNDS[code] : null;
  const y = you(d);
  const opened = `本机关于${dateText(d.case.filedOn ?? undefined)}对${y}涉嫌${violationOf(d).title}一案立案调查。`;
  const reasons = e?.opinion ? `${bare(e.opinion)}。` : '＿＿＿＿＿＿＿＿＿＿＿＿。';
  const paras = [
    // Facts not established: say what was investigated, never that the violation happened.
    ground && !ground.established ? opened : `${opened}${factsText(d)}`,
    `本机关认为：${ground ? `${ground.name}。` : ''}${reasons}`,
    `根据${citeAll(ground ? ground.provisions : ANY_GROUND)}的规定，本机关决定对${y}不予行政处罚。`,
    // 第三十三条第三款: a party not punished for a violation is to be educated.
    ...(ground?.established
      ? [`依照${cite({ lawCode: APL, article: 33, paragraph: 3 })}的规定，本机关已对${y}进行教育，${y}应当严格遵守安全生产法律法规，杜绝此类违法行为再次发生。`]
      : []),
    remediesText('决定', d.remedies),
  ];
  const blocks: Block[] = [
    { kind: 'fields', rows: partyRows(d) },
    ...paras.map((text): Block => ({ kind: 'paragraph', indent: true, text })),
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(on)] },
    { kind: 'note', text: '本文书一式两份，一份送达当事人，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.noPenaltyDecision.name, number: numberOf(d, 'noPenaltyDecision'), blocks };
}
