// Sample data for the instrument tests and for previewing the layout: a chemical plant in
// Xianning with two hazards, one of them major, and a signature drawn as a PNG.
import { crc32, deflateSync } from 'node:zlib';
import { wsl } from '../../catalogue/standards/laws.js';
import type { InspectionRecordData, OnSiteMeasuresData, RectificationOrderData, ReinspectionOpinionData } from './types.js';

/** A small grey-on-white PNG with a wavy stroke, standing in for a signature drawn on screen. */
export function samplePng(width = 240, height = 80): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height, 0xff);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0; // filter byte: none
  for (let x = 10; x < width - 10; x++) {
    const cy = Math.round(height / 2 + (height / 4) * Math.sin(x / 12));
    for (let dy = -2; dy <= 2; dy++) raw.fill(0x20, (cy + dy) * (width * 3 + 1) + 1 + x * 3, (cy + dy) * (width * 3 + 1) + 1 + x * 3 + 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const officers = [
  { name: '王建国', credentialNo: '42120021001' },
  { name: '李晓红', credentialNo: '42120021017' },
];

export function sampleInspectionRecord(): InspectionRecordData {
  return {
    orgName: '咸宁市应急管理局',
    number: '（咸）应急检记〔2026〕12号',
    enterprise: {
      name: '湖北楚缘精细化工有限公司',
      address: '湖北省咸宁市咸安区横沟桥镇化工园区纬三路8号',
      legalRepresentative: '陈志明',
      uscc: '91421202MA4F5J8L2X',
      phone: '0715-8261234',
    },
    startedAt: new Date('2026-11-24T01:30:00Z'),
    endedAt: new Date('2026-11-24T03:05:00Z'),
    place: '生产车间、甲类仓库、中控室',
    matter: '危险化学品生产企业安全生产检查',
    officers,
    present: [
      { name: '陈志明', position: '总经理' },
      { name: '刘海燕', position: '安全科科长' },
    ],
    items: [
      { text: '主要负责人、安全生产管理人员经考核合格', result: 'compliant' },
      { text: '建立并落实事故隐患排查治理制度', result: 'hazard', note: '隐患排查记录缺失近三个月', basis: wsl(41, 2) },
      { text: '生产经营场所疏散通道保持畅通', result: 'hazard', note: '甲类仓库东侧安全出口被货物堵塞', basis: wsl(42, 2) },
      { text: '同一作业区域内签订安全生产管理协议', result: 'notApplicable' },
      { text: '特种作业人员持证上岗', result: 'notChecked', note: '当班电工外出，操作证待企业补交后核查' },
    ],
    findings: '企业正常生产，现场作业人员12名。检查了生产车间、甲类仓库和中控室，调阅了安全生产责任制、教育培训档案和隐患排查记录。',
    enterpriseSignature: { name: '陈志明', signedOn: '2026-11-24', png: samplePng() },
  };
}

export function sampleRectificationOrder(): RectificationOrderData {
  return {
    orgName: '咸宁市应急管理局',
    number: '（咸）应急责改〔2026〕7号',
    enterpriseName: '湖北楚缘精细化工有限公司',
    inspectedOn: '2026-11-24',
    inspectionRecordNumber: '（咸）应急检记〔2026〕12号',
    hazards: [
      { description: '隐患排查记录缺失近三个月', basis: [wsl(41, 2)], major: false },
      { location: '甲类仓库东侧', description: '安全出口被货物堵塞。', basis: [wsl(42, 2)], major: true },
    ],
    deadline: '2026-12-08',
    issuedOn: '2026-11-24',
    officers,
    remedies: { reviewBody: '咸宁市人民政府', court: '咸宁市咸安区人民法院' },
    recipient: { name: '陈志明', signedOn: '2026-11-24' },
  };
}

export function sampleOnSiteMeasures(): OnSiteMeasuresData {
  const order = sampleRectificationOrder();
  return {
    orgName: order.orgName,
    number: '（咸）应急现决〔2026〕3号',
    enterpriseName: order.enterpriseName,
    decidedOn: '2026-11-24',
    findings: [order.hazards[1]],
    measures: ['stopEquipment', 'evacuate'],
    officers,
    remedies: order.remedies,
  };
}

export function sampleReinspectionOpinion(): ReinspectionOpinionData {
  return {
    orgName: '咸宁市应急管理局',
    number: '（咸）应急复查〔2026〕5号',
    enterpriseName: '湖北楚缘精细化工有限公司',
    orderNumber: '（咸）应急责改〔2026〕7号',
    orderIssuedOn: '2026-11-24',
    reinspectedOn: '2026-12-09',
    results: [
      { description: '隐患排查记录缺失近三个月', rectified: true, note: '已补建排查台账并落实每日巡查' },
      { description: '甲类仓库东侧安全出口被货物堵塞', rectified: false, note: '货物已部分清运，出口仍未完全畅通' },
    ],
    officers,
  };
}
