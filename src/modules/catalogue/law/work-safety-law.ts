import type { Law, Provision } from './types.js';
import { VIOLATIONS_93_TO_99 } from './violations-93-99.js';
import { VIOLATIONS_101_TO_114 } from './violations-101-114.js';

// Sources: 中华人民共和国安全生产法 (2021年6月10日第三次修正，主席令第八十八号，2021年9月1日施行)
// and 中华人民共和国行政处罚法 (2021年1月22日修订，主席令第七十号，2021年7月15日施行).
// Fine amounts follow the project's reference table shared/reference/work-safety-law-fines.md.
// Where our reading of the statute's wording differs, the statute wins and the row says so (the
// personal fines of 第九十七、九十九、一百零一条 come only with 逾期未改正; 第一百零八条 fines only
// after 拒不改正; 第一百零四条 says 停产停业, not 停产停业整顿). Article 41's paragraphs were checked
// against a published copy; the other article numbers follow the 2014→2021 renumbering (+3 for
// 第二十一条 onwards). A legal reviewer should compare each row with the official gazette text.
// Summaries are our own wording.

const WSL = 'work-safety-law-2021' as const;
const APL = 'administrative-penalty-law-2021' as const;

export const LAWS: Law[] = [
  {
    code: WSL,
    title: '中华人民共和国安全生产法',
    issuer: '全国人民代表大会常务委员会',
    versionLabel: '2021年修正',
    promulgatedOn: '2021-06-10',
    effectiveFrom: '2021-09-01',
    effectiveTo: null,
  },
  {
    code: APL,
    title: '中华人民共和国行政处罚法',
    issuer: '全国人民代表大会常务委员会',
    versionLabel: '2021年修订',
    promulgatedOn: '2021-01-22',
    effectiveFrom: '2021-07-15',
    effectiveTo: null,
  },
  {
    code: 'hazardous-chemicals-regulation-2013',
    title: '危险化学品安全管理条例',
    issuer: '国务院',
    versionLabel: '2013年修订（国务院令第591号公布，国务院令第645号修订）',
    promulgatedOn: '2013-12-07',
    effectiveFrom: '2013-12-07',
    effectiveTo: null,
  },
  {
    code: 'dust-explosion-rule-2021',
    title: '工贸企业粉尘防爆安全规定',
    issuer: '应急管理部',
    versionLabel: '应急管理部令第6号',
    promulgatedOn: '2021-07-25',
    effectiveFrom: '2021-09-01',
    effectiveTo: null,
  },
];

type Ref = [article: number, paragraph: number | undefined, item: number | undefined, summary: string];

const WSL_PROVISIONS: Ref[] = [
  [21, undefined, undefined, '主要负责人对本单位安全生产工作负有的法定职责'],
  [23, 1, undefined, '决策机构、主要负责人或者个人经营的投资人保证安全生产所必需的资金投入'],
  [24, undefined, undefined, '按规定设置安全生产管理机构或者配备安全生产管理人员'],
  [25, undefined, undefined, '安全生产管理机构和安全生产管理人员的职责'],
  [27, 2, undefined, '高危行业单位主要负责人和安全生产管理人员须经考核合格'],
  [27, 3, undefined, '高危行业单位须有注册安全工程师从事安全生产管理'],
  [28, 1, undefined, '对从业人员进行安全生产教育和培训并如实告知有关事项'],
  [28, 4, undefined, '建立教育培训档案，如实记录培训情况'],
  [30, 1, undefined, '特种作业人员经专门培训取得资格方可上岗'],
  [32, undefined, undefined, '高危建设项目按规定进行安全评价'],
  [33, undefined, undefined, '高危建设项目安全设施设计按规定报经审查'],
  [34, 1, undefined, '施工单位按照批准的安全设施设计施工'],
  [34, 2, undefined, '安全设施竣工验收合格后方可投入生产和使用'],
  [35, undefined, undefined, '在有较大危险因素的场所和设施设备上设置明显的安全警示标志'],
  [36, 1, undefined, '安全设备的设计、制造、安装、使用、检测、维修、改造和报废符合标准'],
  [36, 2, undefined, '对安全设备进行经常性维护、保养和定期检测'],
  [36, 3, undefined, '不得关闭、破坏监控、报警、防护、救生设备设施或者篡改、隐瞒、销毁其数据信息'],
  [36, 4, undefined, '餐饮等行业使用燃气应当安装可燃气体报警装置'],
  [37, undefined, undefined, '危险物品容器、运输工具及特定特种设备经检测检验合格方可使用'],
  [38, 3, undefined, '不得使用应当淘汰的危及生产安全的工艺、设备'],
  [39, 2, undefined, '危险物品建立专门安全管理制度并采取可靠的安全措施'],
  [40, 1, undefined, '重大危险源登记建档、定期检测评估监控、制定应急预案并告知应急措施'],
  [41, 1, undefined, '建立安全风险分级管控制度并按分级采取管控措施'],
  [41, 2, undefined, '建立并落实事故隐患排查治理制度，及时消除隐患，如实记录、通报并报告重大隐患'],
  [42, 1, undefined, '危险物品车间、商店、仓库不得与员工宿舍在同一座建筑物内'],
  [42, 2, undefined, '生产经营场所和员工宿舍的出口、疏散通道符合要求并保持畅通'],
  [43, undefined, undefined, '爆破、吊装、动火、临时用电等危险作业安排专门人员现场安全管理'],
  [45, undefined, undefined, '为从业人员提供符合标准的劳动防护用品'],
  [48, undefined, undefined, '同一作业区域内的单位签订安全生产管理协议并指定专职人员检查协调'],
  [49, 1, undefined, '不得将项目、场所、设备发包或者出租给不具备安全生产条件或者资质者'],
  [49, 2, undefined, '与承包、承租单位签订安全生产管理协议并统一协调管理'],
  [50, undefined, undefined, '发生事故时主要负责人立即组织抢救，调查处理期间不得擅离职守'],
  [51, 2, undefined, '高危行业、领域单位投保安全生产责任保险'],
  [52, 1, undefined, '不得以协议免除或者减轻对从业人员事故伤亡依法应负的责任'],
  [66, undefined, undefined, '配合监督检查，不得拒绝、阻挠'],
  [81, undefined, undefined, '制定生产安全事故应急救援预案并定期组织演练'],
  [83, undefined, undefined, '事故发生后立即如实报告，不得隐瞒不报、谎报或者迟报'],
  [93, 1, undefined, '资金投入不足致不具备安全生产条件的，责令限期改正；逾期未改正的，停产停业整顿'],
  [93, 2, undefined, '资金投入不足导致事故的，对个人经营的投资人处二万元至二十万元罚款'],
  [94, 1, undefined, '主要负责人未履行安全生产管理职责的罚款及逾期未改正的后果'],
  [95, undefined, undefined, '主要负责人失职导致事故的，按事故等级处上一年年收入一定比例的罚款'],
  [96, undefined, undefined, '其他负责人和安全生产管理人员未履行职责的罚款；导致事故的按年收入比例罚款'],
  [102, undefined, undefined, '未采取措施消除事故隐患的处罚；拒不执行的停产停业整顿并处罚个人'],
  [103, 1, undefined, '违法发包、出租的处罚：没收违法所得并按所得或者定额罚款'],
  [103, 2, undefined, '未签订安全生产管理协议或者未统一协调管理承包、承租单位的处罚'],
  [104, undefined, undefined, '同一作业区域未签订协议或者未指定专职人员的处罚'],
  [106, undefined, undefined, '订立免责协议的，对主要负责人、个人经营的投资人罚款'],
  [108, undefined, undefined, '拒绝、阻碍监督检查，拒不改正的处罚'],
  [109, undefined, undefined, '高危行业、领域未投保安全生产责任保险的处罚'],
  [110, 1, undefined, '主要负责人不立即组织抢救或者擅离职守、逃匿的处罚'],
  [110, 2, undefined, '主要负责人对事故隐瞒不报、谎报或者迟报的，依照前款处罚'],
  [112, undefined, undefined, '被责令改正且受罚款处罚后拒不改正的，按原处罚数额按日连续处罚'],
  [113, undefined, undefined, '屡禁不止、拒不整顿等情形提请关闭并吊销证照，主要负责人职业禁入'],
  [114, 1, undefined, '发生事故的，按事故等级对负有责任的单位罚款'],
  [114, 2, undefined, '情节特别严重、影响特别恶劣的，按前款数额的二至五倍罚款'],
];

// The items (项) of the articles that punish a list of acts, each cited by its own item.
const ITEMS: [article: number, paragraph: number | undefined, items: string[]][] = [
  [
    97,
    undefined,
    [
      '未按规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师',
      '高危行业单位主要负责人和安全生产管理人员未经考核合格',
      '未按规定进行安全生产教育和培训或者未如实告知有关事项',
      '未如实记录安全生产教育和培训情况',
      '未如实记录或者未通报事故隐患排查治理情况',
      '未按规定制定事故应急救援预案或者未定期组织演练',
      '特种作业人员未经专门培训取得相应资格上岗作业',
    ],
  ],
  [
    98,
    undefined,
    [
      '高危建设项目未按规定进行安全评价',
      '高危建设项目没有安全设施设计或者设计未经审查同意',
      '施工单位未按照批准的安全设施设计施工',
      '安全设施未经验收合格即投入生产或者使用',
    ],
  ],
  [
    99,
    undefined,
    [
      '未设置明显的安全警示标志',
      '安全设备的安装、使用、检测、改造和报废不符合标准',
      '未对安全设备进行经常性维护、保养和定期检测',
      '关闭、破坏安全设备设施或者篡改、隐瞒、销毁其数据信息',
      '未提供符合标准的劳动防护用品',
      '危险物品容器、运输工具及特定特种设备未经检测检验合格投入使用',
      '使用应当淘汰的危及生产安全的工艺、设备',
      '餐饮等行业使用燃气未安装可燃气体报警装置',
    ],
  ],
  [
    101,
    undefined,
    [
      '危险物品未建立专门安全管理制度、未采取可靠的安全措施',
      '重大危险源未登记建档、检测评估监控、制定预案或者告知应急措施',
      '危险作业未安排专门人员进行现场安全管理',
      '未建立安全风险分级管控制度或者未按分级采取管控措施',
      '未建立事故隐患排查治理制度或者未按规定报告重大事故隐患排查治理情况',
    ],
  ],
  [105, undefined, ['危险物品车间、商店、仓库与员工宿舍在同一座建筑内或者距离不符合要求', '出口、疏散通道不符合要求或者被占用、锁闭、封堵']],
];

const APL_PROVISIONS: Ref[] = [
  [32, undefined, undefined, '当事人有法定情形的，应当从轻或者减轻行政处罚'],
  [32, undefined, 1, '主动消除或者减轻违法行为危害后果的'],
  [32, undefined, 2, '受他人胁迫或者诱骗实施违法行为的'],
  [32, undefined, 3, '主动供述行政机关尚未掌握的违法行为的'],
  [32, undefined, 4, '配合行政机关查处违法行为有立功表现的'],
  [33, 1, undefined, '违法行为轻微并及时改正、没有造成危害后果的，不予处罚；初次违法且危害后果轻微并及时改正的，可以不予处罚'],
  [33, 3, undefined, '依法不予处罚的，应当对当事人进行教育'],
  [34, undefined, undefined, '行政机关可以依法制定并公布行政处罚裁量基准'],
];

export const VIOLATION_TYPES = [...VIOLATIONS_93_TO_99, ...VIOLATIONS_101_TO_114];

const toProvision =
  (lawCode: Provision['lawCode']) =>
  ([article, paragraph, item, summary]: Ref): Provision => ({
    lawCode,
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
    summary,
  });

export const PROVISIONS: Provision[] = [
  ...WSL_PROVISIONS.map(toProvision(WSL)),
  ...ITEMS.flatMap(([article, paragraph, items]) => items.map((summary, i) => toProvision(WSL)([article, paragraph, i + 1, summary]))),
  ...APL_PROVISIONS.map(toProvision(APL)),
];
