// Wording the inspection instruments share, so a hazard or a signature reads the same in each.
import type { SignatureLine } from '../../../platform/documents/render/model.js';
import { pngSize } from '../../../platform/documents/render/png.js';
import { citeAll } from '../../catalogue/citation.js';
import type { HazardToRectify, OfficerOnSite, Signature } from './types.js';

// 甲类仓库东侧：安全出口被货物堵塞（违反《中华人民共和国安全生产法》第四十二条第二款）【重大事故隐患】。
export function hazardText(h: HazardToRectify): string {
  const where = h.location ? `${h.location}：` : '';
  const breach = h.basis?.length ? `（违反${citeAll(h.basis)}）` : '';
  return `${where}${h.description.replace(/[。；;]$/, '')}${breach}${h.major ? '【重大事故隐患】' : ''}。`;
}

/** Officers sign with their credential numbers beside their names. */
export function officerLines(officers: readonly OfficerOnSite[], date: string): SignatureLine[] {
  return officers.map((o) => ({ role: '执法人员（签名）', name: `${o.name}　证号：${o.credentialNo}`, date }));
}

/** The enterprise's 负责人 acknowledging receipt; blank lines to sign by hand when not yet signed. */
export function recipientLine(recipient: Signature | undefined, field: string): SignatureLine {
  if (recipient?.png) pngSize(recipient.png, field);
  return { role: '被检查单位负责人（签收）', name: recipient?.name, date: recipient?.signedOn, image: recipient?.png };
}

/** 第1项、第3项 → "第1、3项"; one item of one → "上述问题". */
export function whichItems(numbers: readonly number[], total: number): string {
  if (total === 1 && numbers.length === 1) return '上述问题';
  if (numbers.length === total) return `上述第1项至第${total}项问题`;
  return `上述第${numbers.join('、')}项问题`;
}
