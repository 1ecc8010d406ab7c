import { wsl } from './laws.js';
import type { Checklist } from './types.js';

/*
 * 工贸企业通用安全生产检查表. Every basis is a provision of 《中华人民共和国安全生产法》 as amended on
 * 2021-06-10 (in force 2021-09-01); violation types are the penalty article that punishes the breach
 * ('WSL-97-3' = 第九十七条第（三）项), majorHazardCode the 情形 of 应急管理部令第10号 that the failure also meets.
 * Article numbers follow the 2021 renumbering. Checked against published copies: 第三十六条 (four
 * paragraphs, the fourth on 餐饮 gas alarms), 第四十一条, 第九十九条第（八）项, 第一百零二条, 第一百零八条 —
 * http://cn-yxyp.com/news_nr.asp?Small_Class=7&id=62, https://rushan.xyz/article/article_3593.html,
 * http://www.taobao13.cn/m/892/2021-09-27/content-4356.html. The other article, paragraph and item
 * numbers are from the 2021 text as we know it and were not re-checked here.
 */
export const GENERAL_CHECKLIST: Checklist = {
  code: 'CL-GEN',
  title: '工贸企业安全生产通用检查表',
  scope: 'general',
  items: [
    { code: 'CL-GEN-01', text: '是否按规定设置安全生产管理机构或者配备专职（兼职）安全生产管理人员', basis: wsl(24), violationTypeCode: 'WSL-97-1' },
    { code: 'CL-GEN-02', text: '是否建立健全并落实全员安全生产责任制，明确各岗位责任人员、责任范围和考核标准', basis: wsl(22), violationTypeCode: 'WSL-94' },
    { code: 'CL-GEN-03', text: '主要负责人是否组织制定并实施本单位安全生产规章制度和操作规程', basis: wsl(21, undefined, 2), violationTypeCode: 'WSL-94' },
    { code: 'CL-GEN-04', text: '是否具备安全生产条件所必需的资金投入，安全生产费用是否按规定提取和使用', basis: wsl(23, 1), violationTypeCode: 'WSL-93-1' },
    {
      code: 'CL-GEN-05',
      text: '金属冶炼等单位的主要负责人和安全生产管理人员是否经应急管理部门考核合格',
      basis: wsl(27, 2),
      violationTypeCode: 'WSL-97-2',
      majorHazardCode: 'MHC-2023-3-3',
    },
    {
      code: 'CL-GEN-06',
      text: '是否对从业人员（含被派遣劳动者、实习学生）进行安全生产教育和培训，未经培训合格是否上岗',
      basis: wsl(28, 1),
      violationTypeCode: 'WSL-97-3',
    },
    { code: 'CL-GEN-07', text: '是否建立安全生产教育和培训档案，如实记录培训时间、内容、参加人员和考核结果', basis: wsl(28, 4), violationTypeCode: 'WSL-97-4' },
    {
      code: 'CL-GEN-08',
      text: '特种作业人员（电工、焊接与热切割、高处作业、制冷与空调作业等）是否经专门培训并持证上岗',
      basis: wsl(30, 1),
      violationTypeCode: 'WSL-97-7',
      majorHazardCode: 'MHC-2023-3-2',
    },
    {
      code: 'CL-GEN-09',
      text: '是否如实告知从业人员作业场所和工作岗位存在的危险因素、防范措施和事故应急措施',
      basis: wsl(44, 1),
      violationTypeCode: 'WSL-97-3',
    },
    { code: 'CL-GEN-10', text: '有较大危险因素的生产经营场所和有关设施、设备上是否设置明显的安全警示标志', basis: wsl(35), violationTypeCode: 'WSL-99-1' },
    { code: 'CL-GEN-11', text: '安全设备是否经常性维护、保养并定期检测，维护、保养、检测记录是否有人签字', basis: wsl(36, 2), violationTypeCode: 'WSL-99-3' },
    {
      code: 'CL-GEN-12',
      text: '直接关系生产安全的监控、报警、防护、救生设备设施是否正常运行，有无关闭、破坏或篡改、隐瞒、销毁数据',
      basis: wsl(36, 3),
      violationTypeCode: 'WSL-99-4',
    },
    { code: 'CL-GEN-13', text: '有无使用国家明令淘汰的危及生产安全的工艺、设备', basis: wsl(38, 3), violationTypeCode: 'WSL-99-7' },
    { code: 'CL-GEN-14', text: '是否建立安全风险分级管控制度，并按照风险分级采取相应的管控措施', basis: wsl(41, 1), violationTypeCode: 'WSL-101-4' },
    {
      code: 'CL-GEN-15',
      text: '是否建立并落实事故隐患排查治理制度，重大事故隐患排查治理情况是否按规定报告',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-101-5',
    },
    {
      code: 'CL-GEN-16',
      text: '事故隐患排查治理情况是否如实记录，并通过职工大会、信息公示栏等方式向从业人员通报',
      basis: wsl(41, 2),
      violationTypeCode: 'WSL-97-5',
    },
    { code: 'CL-GEN-17', text: '已发现的事故隐患是否采取措施及时消除', basis: wsl(41, 2), violationTypeCode: 'WSL-102' },
    { code: 'CL-GEN-18', text: '动火、临时用电、吊装、有限空间等危险作业是否安排专门人员进行现场安全管理', basis: wsl(43), violationTypeCode: 'WSL-101-3' },
    {
      code: 'CL-GEN-19',
      text: '存放危险物品的车间、仓库是否与员工宿舍在同一座建筑物内，或者距离不符合安全要求',
      basis: wsl(42, 1),
      violationTypeCode: 'WSL-105-1',
    },
    {
      code: 'CL-GEN-20',
      text: '生产经营场所和员工宿舍的出口、疏散通道是否符合紧急疏散要求、标志明显、保持畅通，有无占用、锁闭、封堵',
      basis: wsl(42, 2),
      violationTypeCode: 'WSL-105-2',
    },
    {
      code: 'CL-GEN-21',
      text: '是否为从业人员提供符合国家标准或者行业标准的劳动防护用品，并监督、教育其正确佩戴、使用',
      basis: wsl(45),
      violationTypeCode: 'WSL-99-5',
    },
    {
      code: 'CL-GEN-22',
      text: '发包、出租的项目或场所是否与承包、承租单位签订专门的安全生产管理协议，是否统一协调、管理并定期进行安全检查',
      basis: wsl(49, 2),
      violationTypeCode: 'WSL-103-2',
      majorHazardCode: 'MHC-2023-3-1',
    },
    { code: 'CL-GEN-23', text: '是否制定生产安全事故应急救援预案并与政府预案相衔接，是否定期组织演练', basis: wsl(81), violationTypeCode: 'WSL-97-6' },
  ],
};
