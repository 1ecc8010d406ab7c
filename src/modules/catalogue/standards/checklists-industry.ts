import { basis, wsl } from './laws.js';
import type { Checklist } from './types.js';

/*
 * 行业检查表: 危险化学品经营、储存、使用单位; 冶金企业. Bases: 《安全生产法》(2021, see
 * checklists-general.ts) and 《危险化学品安全管理条例》(国务院令第591号, 2013年修订). Of the 条例,
 * 第三十三条 (经营许可) and 第三十五条 (县级 / 设区的市级 受理) were checked against published copies
 * (http://www.qq94.com/fjx/1CIjR4_7.html, http://cuoac.com/legalconsultationfreepatform/bmpezlqszc.html);
 * 第二十条–第二十六条 are from the 2013 text as we know it. Breaches of the 条例's own duties are punished
 * under the 条例 (第七十七条 to 第八十条), not the 安全生产法, so those items carry no violationTypeCode.
 */
const hc = (article: number, paragraph?: number, item?: number) => basis('hazardous-chemicals-regulation-2013', article, paragraph, item);

export const HAZARDOUS_CHEMICALS_CHECKLIST: Checklist = {
  code: 'CL-HC',
  title: '危险化学品经营（储存、使用）单位专项检查表',
  scope: 'hazardousChemicals',
  items: [
    { code: 'CL-HC-01', text: '是否取得危险化学品经营许可证，许可证是否在有效期内，经营品种、方式是否超出许可范围', basis: hc(33, 1) },
    { code: 'CL-HC-02', text: '主要负责人和安全生产管理人员是否经应急管理部门考核合格', basis: wsl(27, 2), violationTypeCode: 'WSL-97-2' },
    { code: 'CL-HC-03', text: '是否建立危险化学品专门安全管理制度并采取可靠的安全措施', basis: wsl(39, 2), violationTypeCode: 'WSL-101-1' },
    {
      code: 'CL-HC-04',
      text: '构成重大危险源的，是否登记建档、定期检测评估监控、制定应急预案，并告知从业人员和相关人员应急措施',
      basis: wsl(40, 1),
      violationTypeCode: 'WSL-101-2',
    },
    { code: 'CL-HC-05', text: '重大危险源及有关安全措施、应急措施是否报应急管理部门备案', basis: wsl(40, 2) },
    {
      code: 'CL-HC-06',
      text: '作业场所是否按危险特性设置监测、监控、通风、防火、防爆、泄压、防毒、防静电、防泄漏等安全设施并经常性维护保养',
      basis: hc(20, 1),
    },
    { code: 'CL-HC-07', text: '作业场所和安全设施、设备上是否设置明显的安全警示标志', basis: hc(20, 2) },
    { code: 'CL-HC-08', text: '生产、储存、使用场所是否设置通信、报警装置并保证处于适用状态', basis: hc(21) },
    { code: 'CL-HC-09', text: '危险化学品是否储存在专用仓库、专用场地或者专用储存室内，剧毒化学品和构成重大危险源的是否单独存放', basis: hc(24, 1) },
    { code: 'CL-HC-10', text: '专用仓库是否设专人负责管理，剧毒化学品和构成重大危险源的是否实行双人收发、双人保管', basis: hc(24, 1) },
    { code: 'CL-HC-11', text: '是否建立危险化学品出入库核查、登记制度', basis: hc(25, 1) },
    { code: 'CL-HC-12', text: '专用仓库是否符合国家标准、行业标准要求，是否设置明显标志，安全设施、设备是否定期检测、检验', basis: hc(26) },
    { code: 'CL-HC-13', text: '是否制定危险化学品事故应急救援预案并定期组织演练', basis: wsl(81), violationTypeCode: 'WSL-97-6' },
  ],
};

export const METALLURGY_CHECKLIST: Checklist = {
  code: 'CL-MT',
  title: '冶金企业专项检查表',
  scope: 'metallurgy',
  items: [
    {
      code: 'CL-MT-01',
      text: '是否设置安全生产管理机构或者配备专职安全生产管理人员，并按规定配备注册安全工程师',
      basis: wsl(24, 1),
      violationTypeCode: 'WSL-97-1',
    },
    { code: 'CL-MT-02', text: '主要负责人、安全生产管理人员是否经考核合格', basis: wsl(27, 2), violationTypeCode: 'WSL-97-2', majorHazardCode: 'MHC-2023-3-3' },
    {
      code: 'CL-MT-03',
      text: '会议室、操作室、休息室、更衣室等人员聚集场所及钢铁水罐冷（热）修工位是否设置在铁水、钢水、液渣吊运跨的地坪区域内',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-4-1',
    },
    {
      code: 'CL-MT-04',
      text: '生产期间事故坑、炉下渣坑及熔融金属泄漏喷溅影响范围内的炉前平台、炉基区域、吊运和运输通道是否存在积水',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-4-2',
    },
    {
      code: 'CL-MT-05',
      text: '炼钢连铸流程是否设置事故钢水罐、中间罐漏钢坑（槽）、溢流坑（槽）、漏钢回转溜槽',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-102',
      majorHazardCode: 'MHC-2023-4-3',
    },
    {
      code: 'CL-MT-06',
      text: '炼钢炉水冷元件是否设置出水温度、进出水流量差等监测报警装置并与炉体倾动、氧（副）枪提升、电极断电等联锁',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-4-4',
    },
    {
      code: 'CL-MT-07',
      text: '高炉炉顶工作压力设定值是否超过设计最高工作压力，炉顶压力监测装置是否与炉顶放散阀联锁',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-4-5',
    },
    {
      code: 'CL-MT-08',
      text: '煤气设施附近人员聚集场所及可能泄漏、积聚煤气的部位是否设置固定式一氧化碳监测报警装置，数据是否接入24小时有人值守场所',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-4-6',
    },
    {
      code: 'CL-MT-09',
      text: '加热炉、煤气柜、除尘器、加压机、烘烤器等设施及进入车间前的煤气管道是否安装隔断装置',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-4-7',
    },
    {
      code: 'CL-MT-10',
      text: '正压煤气管线水封式排水器封堵压力是否不小于30kPa，有无隔断装置两侧共用排水器、排水管连通等情形',
      basis: wsl(36, 1),
      violationTypeCode: 'WSL-99-2',
      majorHazardCode: 'MHC-2023-4-8',
    },
    { code: 'CL-MT-11', text: '煤气区域作业、检维修、动火等危险作业是否安排专门人员进行现场安全管理', basis: wsl(43), violationTypeCode: 'WSL-101-3' },
    { code: 'CL-MT-12', text: '是否按规定投保安全生产责任保险', basis: wsl(51, 2), violationTypeCode: 'WSL-109' },
  ],
};
