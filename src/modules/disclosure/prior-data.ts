import { periodByCode, type PeriodCode } from '../../platform/workdays/periods.js';
import { chineseNumeral } from '../catalogue/citation.js';
import type { Channel, Procedure, Remedy } from './prior-contract.js';

// 事前公开 data that comes from law rather than from an org's records. Sources: 《中华人民共和国
// 行政处罚法》(2021 年修订，2021-07-15 施行)；《中华人民共和国行政复议法》(2023 年修订，2024-01-01
// 施行)；《中华人民共和国行政诉讼法》(2017 年修正)；《中华人民共和国安全生产法》(2021 年修正)。
// The periods are read from the statutory periods the workflow itself counts (periods.ts), so
// what the public is told and what the system enforces cannot drift apart.

const APL = '《中华人民共和国行政处罚法》';
const cite = (law: string, article: string) => ({ law, article });
const days = (code: PeriodCode) => `${chineseNumeral(periodByCode(code).days)}日`;

export const PROCEDURES: Procedure[] = [
  {
    key: 'summary',
    name: '简易程序（当场处罚）',
    scope: '违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出行政处罚决定。',
    basis: cite(APL, '第五十一条'),
    steps: [
      { name: '出示执法证件', detail: '执法人员当场向当事人出示执法证件。', basis: cite(APL, '第五十二条第一款') },
      { name: '告知与陈述申辩', detail: '告知当事人拟作出处罚的事实、理由和依据，听取当事人的陈述和申辩。', basis: cite(APL, '第四十四条、第四十五条') },
      {
        name: '当场决定',
        detail: '填写预定格式、编有号码的行政处罚决定书，载明违法行为、处罚依据、罚款数额、时间、地点，申请复议和诉讼的途径和期限，并由执法人员签名或者盖章。',
        basis: cite(APL, '第五十二条第一款'),
      },
      { name: '当场交付', detail: '行政处罚决定书当场交付当事人；当事人拒绝签收的，应当在决定书上注明。', basis: cite(APL, '第五十二条第二款') },
      { name: '备案', detail: '执法人员当场作出的行政处罚决定，应当报所属行政机关备案。', basis: cite(APL, '第五十二条第三款') },
      {
        name: '履行',
        detail: `当事人自收到决定书之日起${days('apl-67-payment')}内到指定银行或者通过电子支付系统缴纳罚款；法定情形下可以当场收缴。`,
        basis: cite(APL, '第六十七条、第六十八条'),
      },
    ],
  },
  {
    key: 'general',
    name: '普通程序',
    scope: '除可以当场作出的行政处罚外，行政机关发现当事人有依法应当给予行政处罚的行为的，依照普通程序办理。',
    basis: cite(APL, '第五十四条'),
    steps: [
      { name: '立案', detail: '符合立案标准的，行政机关应当及时立案。', basis: cite(APL, '第五十四条第二款') },
      {
        name: '调查取证',
        detail: '全面、客观、公正地调查，收集有关证据；执法人员不得少于两人，并应当主动出示执法证件。',
        basis: cite(APL, '第四十二条、第五十四条、第五十五条'),
      },
      {
        name: '证据先行登记保存',
        detail: '证据可能灭失或者以后难以取得的，经行政机关负责人批准，可以先行登记保存，七日内作出处理决定。',
        basis: cite(APL, '第五十六条'),
      },
      {
        name: '告知',
        detail: '作出决定之前，告知拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利。',
        basis: cite(APL, '第四十四条、第六十二条'),
      },
      {
        name: '陈述申辩与听证',
        detail: `当事人有权进行陈述和申辩；较大数额罚款、责令停产停业等处罚，当事人可以在告知后${days('apl-64-hearing-request')}内要求听证。`,
        basis: cite(APL, '第四十五条、第六十三条、第六十四条'),
      },
      {
        name: '法制审核',
        detail: '涉及重大公共利益、经过听证、案情疑难复杂等情形的，作出决定前由从事法制审核的人员进行审核。',
        basis: cite(APL, '第五十八条'),
      },
      {
        name: '负责人审查决定',
        detail: '调查终结，行政机关负责人对调查结果进行审查；情节复杂或者重大违法行为给予行政处罚的，负责人集体讨论决定。',
        basis: cite(APL, '第五十七条'),
      },
      {
        name: '制作决定书',
        detail: '行政处罚决定书载明当事人、违法事实和证据、种类和依据、履行方式和期限、申请复议或者诉讼的途径和期限等。',
        basis: cite(APL, '第五十九条'),
      },
      { name: '送达', detail: `决定书在宣告后当场交付当事人；当事人不在场的，在${days('apl-61-service')}内送达。`, basis: cite(APL, '第六十一条') },
      { name: '办案期限', detail: `自立案之日起${days('apl-60-decision')}内作出行政处罚决定，法律、法规、规章另有规定的除外。`, basis: cite(APL, '第六十条') },
      {
        name: '公开',
        detail: `具有一定社会影响的行政处罚决定应当依法公开；决定被撤销、确认违法或者无效的，${days('apl-48-withdrawal')}内撤回公开信息。`,
        basis: cite(APL, '第四十八条'),
      },
    ],
  },
];

/**
 * 复议机关: the people's government at the same level hears appeals against its departments
 * (行政复议法 第二十四条); a State Council department hears those against itself (第二十五条).
 */
export function reconsiderationBody(org: { name: string; level: string }): string {
  if (org.level === 'ministry') return org.name;
  const government = org.name.replace(/应急管理(局|厅)$/, '人民政府');
  return government === org.name ? `${org.name}所在地的县级以上地方人民政府` : government;
}

export function remediesFor(org: { name: string; level: string }): Remedy[] {
  return [
    {
      kind: 'reconsideration',
      name: '行政复议',
      body: reconsiderationBody(org),
      period: '自知道或者应当知道该行政行为之日起六十日内提出申请',
      basis: cite('《中华人民共和国行政复议法》', org.level === 'ministry' ? '第二十条、第二十五条' : '第二十条、第二十四条'),
    },
    {
      kind: 'litigation',
      name: '行政诉讼',
      body: `${org.name}所在地有管辖权的人民法院`,
      period: '自知道或者应当知道作出行政行为之日起六个月内提起诉讼',
      basis: cite('《中华人民共和国行政诉讼法》', '第十八条、第四十六条'),
    },
  ];
}

/** No org record holds contact fields yet, so the channels are the national ones every bureau publishes. */
export function channelsFor(org: { name: string }): Channel[] {
  return [
    {
      name: '安全生产举报投诉电话',
      contact: '12350',
      note: `举报事故隐患和安全生产违法行为；由${org.name}受理本辖区的举报。`,
      basis: cite('《中华人民共和国安全生产法》', '第七十三条、第七十四条'),
    },
    { name: '政务服务便民热线', contact: '12345', note: '对行政执法行为的投诉、意见和建议。', basis: null },
    { name: '来信来访', contact: `${org.name}信访接待窗口`, note: '书面投诉、举报可以邮寄或者当面递交。', basis: null },
  ];
}
