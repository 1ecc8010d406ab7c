import { basis, wsl } from './laws.js';
import type { Checklist } from './types.js';

/*
 * 专项检查表: 粉尘涉爆, 涉氨制冷, 有限空间作业. Bases are 《安全生产法》(2021) provisions (see
 * checklists-general.ts for which were re-checked) and, for dust, 《工贸企业粉尘防爆安全规定》
 * (应急管理部令第6号): 第七条 (粉尘防爆安全管理制度, 第（四）项 专项培训制度), 第十五条 (除尘系统:
 * 泄爆等防控措施, 不得用重力沉降室), 第十七条第一款 (锁气卸灰) and 第十八条 (粉尘清理) are cited by number in
 * published penalty decisions (https://2cfos.com/wn2024-03-29/detail-inapyiey0654671/from=jiangsu_cnxh.html,
 * http://n2t.a899.cn/html/37b699420.html, http://yaoruidz.com/index.php?a=shows&catid=21&id=458).
 * 《工贸企业有限空间作业安全规定》(应急管理部令第13号, 2024-01-01) is not cited: its article numbers could
 * not be confirmed here, so the confined-space items rest on the 安全生产法 duties it implements.
 * Where no specific duty was confirmed for a 重大事故隐患 情形, the basis is 第四十一条第二款 (消除事故隐患)
 * and the violation 第一百零二条, as in published decisions on unremedied 重大事故隐患.
 */
const dust = (article: number, paragraph?: number, item?: number) => basis('dust-explosion-rule-2021', article, paragraph, item);

export const COMBUSTIBLE_DUST_CHECKLIST: Checklist = {
  code: 'CL-CD',
  title: '粉尘涉爆企业专项检查表',
  scope: 'combustibleDust',
  items: [
    { code: 'CL-CD-01', text: '是否结合实际建立粉尘防爆安全管理制度（风险辨识评估、管控、隐患排查治理、清理、检修、专项培训等）', basis: dust(7) },
    { code: 'CL-CD-02', text: '是否建立粉尘防爆专项安全生产教育和培训制度，并对粉尘作业岗位人员开展专项培训', basis: dust(7, undefined, 4) },
    {
      code: 'CL-CD-03',
      text: '粉尘爆炸危险场所是否设置在非框架结构的多层建（构）筑物内，场所内是否设有宿舍、会议室、办公室、休息室等人员聚集场所',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-11-1',
    },
    {
      code: 'CL-CD-04',
      text: '不同类别的可燃性粉尘、粉尘与可燃气体，或者不同建（构）筑物、不同防火分区是否共用一套除尘系统、除尘系统互联互通',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-11-2',
    },
    {
      code: 'CL-CD-05',
      text: '干式除尘系统是否采取泄爆、惰化、抑爆等至少一种爆炸防控措施',
      basis: dust(15),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-11-3',
    },
    {
      code: 'CL-CD-06',
      text: '铝镁等金属粉尘除尘系统是否采用正压除尘，其他粉尘正压吹送时是否采取火花探测消除等防范点燃源措施',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-11-4',
    },
    {
      code: 'CL-CD-07',
      text: '除尘系统是否采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道',
      basis: dust(15),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-11-5',
    },
    {
      code: 'CL-CD-08',
      text: '铝镁等金属粉尘、木质粉尘的干式除尘系统是否设置锁气卸灰装置',
      basis: dust(17, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-11-6',
    },
    {
      code: 'CL-CD-09',
      text: '除尘器、收尘仓等粉尘爆炸危险场所20区内的电气设备是否符合防爆要求',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-11-7',
    },
    {
      code: 'CL-CD-10',
      text: '粉碎、研磨、造粒、砂光等设备前是否设置铁、石等杂物去除装置，砂光机风管是否设置火花探测消除装置',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-11-8',
    },
    { code: 'CL-CD-11', text: '是否制定并落实粉尘清扫制度，作业现场和设备设施积尘是否及时规范清理', basis: dust(18), majorHazardCode: 'MHC-2023-11-9' },
    {
      code: 'CL-CD-12',
      text: '遇湿自燃金属粉尘的收集、堆放、储存场所是否采取通风防氢气积聚及防水、防潮措施',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-11-10',
    },
  ],
};

export const AMMONIA_REFRIGERATION_CHECKLIST: Checklist = {
  code: 'CL-AR',
  title: '涉氨制冷企业专项检查表',
  scope: 'ammoniaRefrigeration',
  items: [
    {
      code: 'CL-AR-01',
      text: '包装、分割、产品整理等人员较多场所的空调系统是否采用氨直接蒸发制冷',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-12-1',
    },
    {
      code: 'CL-AR-02',
      text: '快速冻结装置是否设置在单独的作业间内，作业间内作业人员是否超过9人',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-12-2',
    },
    { code: 'CL-AR-03', text: '是否建立液氨使用专门安全管理制度和操作规程，并采取可靠的安全措施', basis: wsl(39, 2), violationTypeCode: 'WSL-101-1' },
    {
      code: 'CL-AR-04',
      text: '液氨储量构成重大危险源的，是否登记建档、定期检测评估监控、制定应急预案并告知应急措施',
      basis: wsl(40, 1),
      violationTypeCode: 'WSL-101-2',
    },
    {
      code: 'CL-AR-05',
      text: '氨制冷机房、设备间等部位是否设置氨气浓度检测报警装置并与事故排风装置联锁，装置是否符合标准',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
    },
    {
      code: 'CL-AR-06',
      text: '氨制冷设备操作人员是否取得特种作业（制冷与空调作业）操作证',
      basis: wsl(30, 1),
      violationTypeCode: 'WSL-97-7',
      majorHazardCode: 'MHC-2023-3-2',
    },
    { code: 'CL-AR-07', text: '氨制冷机房、储氨区域是否设置明显的安全警示标志', basis: wsl(35), violationTypeCode: 'WSL-99-1' },
    { code: 'CL-AR-08', text: '作业现场是否配备空气呼吸器、防化服、橡胶手套等防护用品并保持完好', basis: wsl(45), violationTypeCode: 'WSL-99-5' },
    { code: 'CL-AR-09', text: '是否制定氨泄漏事故应急预案或现场处置方案，并定期组织演练', basis: wsl(81), violationTypeCode: 'WSL-97-6' },
  ],
};

export const CONFINED_SPACE_CHECKLIST: Checklist = {
  code: 'CL-CS',
  title: '有限空间作业专项检查表',
  scope: 'confinedSpace',
  items: [
    {
      code: 'CL-CS-01',
      text: '是否对有限空间进行辨识、建立安全管理台账，并在有限空间出入口设置明显的安全警示标志',
      basis: wsl(35),
      violationTypeCode: 'WSL-99-1',
      majorHazardCode: 'MHC-2023-13-1',
    },
    { code: 'CL-CS-02', text: '是否制定有限空间作业安全管理制度和安全操作规程', basis: wsl(21, undefined, 2), violationTypeCode: 'WSL-94' },
    {
      code: 'CL-CS-03',
      text: '有限空间作业是否经审批，有硫化氢、一氧化碳等中毒风险的作业是否由主要负责人或其书面委托的人员审批',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-13-2',
    },
    {
      code: 'CL-CS-04',
      text: '是否执行“先通风、再检测、后作业”，检测时间、结果是否记录',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-13-2',
    },
    {
      code: 'CL-CS-05',
      text: '作业现场是否设置监护人员，监护人员是否全程在岗',
      basis: wsl(43),
      violationTypeCode: 'WSL-101-3',
      majorHazardCode: 'MHC-2023-13-2',
    },
    {
      code: 'CL-CS-06',
      text: '是否对作业审批人、监护人员、作业人员和应急救援人员进行有限空间作业专题安全培训',
      basis: wsl(28, 1),
      violationTypeCode: 'WSL-97-3',
    },
    { code: 'CL-CS-07', text: '是否配备符合标准的气体检测报警仪、通风设备、呼吸防护用品、安全带等防护装备', basis: wsl(45), violationTypeCode: 'WSL-99-5' },
    { code: 'CL-CS-08', text: '是否制定有限空间作业事故应急救援预案或现场处置方案并定期演练，严禁盲目施救', basis: wsl(81), violationTypeCode: 'WSL-97-6' },
    {
      code: 'CL-CS-09',
      text: '发包有限空间作业的，是否与承包单位签订安全生产管理协议并统一协调、管理',
      basis: wsl(49, 2),
      violationTypeCode: 'WSL-103-2',
      majorHazardCode: 'MHC-2023-3-1',
    },
  ],
};
