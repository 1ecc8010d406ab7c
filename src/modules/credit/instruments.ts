// 列入严重失信主体名单告知书 (信告) and 列入严重失信主体名单决定书 (信列): pure builders from the stored
// listing to the instrument model; the platform's renderers draw the DOCX and the PDF from it, so
// the two say the same. The numbers are those issued with the acts (service.ts advance).
import { INSTRUMENT_TYPES, type InstrumentType } from '../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../platform/documents/render/model.js';
import type { CreditInstrumentKind, ListingOut } from './contract.js';
import { criterionBasis, criterionOf, LISTING_TERM, MEASURE, STATEMENT_PERIOD } from './rules.js';

export const INSTRUMENT_TYPE_OF = {
  notice: 'creditNotice',
  decision: 'creditListingDecision',
} as const satisfies Record<CreditInstrumentKind, InstrumentType>;

export type InstrumentListing = Pick<
  ListingOut,
  | 'orgName'
  | 'enterpriseName'
  | 'uscc'
  | 'criterion'
  | 'facts'
  | 'penaltyDecisionNumber'
  | 'penaltyDecidedOn'
  | 'noticeNumber'
  | 'noticeServedOn'
  | 'statementDueOn'
  | 'statement'
  | 'statementOn'
  | 'decidedOn'
  | 'decisionReason'
  | 'decisionNumber'
  | 'listedOn'
  | 'termEndsOn'
>;

const REMEDIES = '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';
const COPIES = '本文书一式两份，一份送达当事人，一份存档。';
const bare = (s: string) => s.trim().replace(/[。；;，,\s]+$/, '');
const para = (text: string): Block => ({ kind: 'paragraph', indent: true, text });

/** Why the instrument does not exist yet (its act has not been taken), or null. */
export function instrumentProblem(kind: CreditInstrumentKind, l: InstrumentListing): string | null {
  if (kind === 'notice') return l.noticeNumber ? null : '尚未送达列入告知书';
  return l.decisionNumber ? null : '尚未作出列入决定，没有列入决定书';
}

function letter(l: InstrumentListing, type: InstrumentType, number: string, date: string | null, body: Block[]): Instrument {
  return {
    orgName: l.orgName,
    title: INSTRUMENT_TYPES[type].name,
    number,
    blocks: [
      { kind: 'paragraph', text: `${l.enterpriseName}（统一社会信用代码：${l.uscc}）：` },
      ...body,
      { kind: 'closing', lines: [l.orgName, '（印章）', dateText(date ?? undefined)] },
      { kind: 'note', text: COPIES },
    ],
  };
}

const penalty = (l: InstrumentListing) => `本机关于${dateText(l.penaltyDecidedOn)}对你单位作出行政处罚决定（${l.penaltyDecisionNumber}）`;

/** 告知书: the reasons, the basis, and the right to state and defend within the period (列入前告知). */
export function buildNotice(l: InstrumentListing): Instrument {
  if (!l.noticeNumber) throw new RangeError('尚未送达列入告知书');
  const c = criterionOf(l.criterion);
  return letter(l, 'creditNotice', l.noticeNumber, l.noticeServedOn, [
    para(`${penalty(l)}。经查，${bare(l.facts)}。`),
    para(`上述情形属于“${c.label}”，依据${criterionBasis(l.criterion)}的规定，本机关拟将你单位列入安全生产严重失信主体名单。`),
    para(`列入后，本机关将通过国家有关信用信息共享平台、国家企业信用信息公示系统和本部门网站公示，管理期限为${LISTING_TERM.years}年，自列入之日起计算。`),
    para(
      `根据${MEASURE}的规定，你单位享有陈述、申辩的权利。如有陈述、申辩意见，请于收到本告知书之日起${STATEMENT_PERIOD.workdays}个工作日内${l.statementDueOn ? `（${dateText(l.statementDueOn)}前）` : ''}向本机关书面提出；逾期未提出的，视为放弃上述权利。`,
    ),
  ]);
}

/** 决定书: the listing, its basis, the statement and why it was not accepted, the term, and the remedies. */
export function buildDecision(l: InstrumentListing): Instrument {
  if (!l.decisionNumber) throw new RangeError('尚未作出列入决定');
  const c = criterionOf(l.criterion);
  const heard = l.statementOn
    ? `你单位于${dateText(l.statementOn)}提出了陈述、申辩意见，本机关进行了复核：${bare(l.decisionReason ?? '')}。`
    : `你单位在规定期限内未提出陈述、申辩意见。${l.decisionReason ? `${bare(l.decisionReason)}。` : ''}`;
  return letter(l, 'creditListingDecision', l.decisionNumber, l.decidedOn, [
    para(`${penalty(l)}。经查，${bare(l.facts)}，属于“${c.label}”。`),
    para(`本机关于${dateText(l.noticeServedOn ?? undefined)}向你单位送达了列入严重失信主体名单告知书（${l.noticeNumber ?? ''}）。${heard}`),
    para(`依据${criterionBasis(l.criterion)}的规定，本机关决定将你单位列入安全生产严重失信主体名单。`),
    {
      kind: 'fields',
      rows: [
        [
          { label: '列入日期', value: dateText(l.listedOn ?? undefined) },
          { label: '管理期限至', value: dateText(l.termEndsOn ?? undefined) },
        ],
      ],
    },
    para(`管理期限届满，本机关将你单位移出名单，停止公示并解除管理措施（${LISTING_TERM.basis}）。`),
    para(REMEDIES),
  ]);
}

export const buildCreditInstrument = (kind: CreditInstrumentKind, l: InstrumentListing) => (kind === 'notice' ? buildNotice(l) : buildDecision(l));
