// Pieces every 办事指南 shares (matters.ts): the instruments' names, 行政许可法's own provisions,
// the fee, where to apply and the steps of a licence. Pure data.
export const PENDING = '（条号待核）';

export const LAW = {
  licensing: '中华人民共和国行政许可法',
  hazchemRegulation: '危险化学品安全管理条例',
  hazchemMeasures: '危险化学品经营许可证管理办法（原国家安全监管总局令第55号，2015年第79号令修正）',
  fireworksRegulation: '烟花爆竹安全管理条例',
  fireworksMeasures: '烟花爆竹经营许可实施办法（原国家安全监管总局令第65号）',
  precursorRegulation: '易制毒化学品管理条例',
  precursorMeasures: '非药品类易制毒化学品生产、经营许可办法（原国家安全监管总局令第5号）',
} as const;

/** 行政许可法's own provisions every licence guide shares: periods, fees, renewal default. */
export const LICENSING_ACT = [
  {
    law: LAW.licensing,
    article: '第三十二条',
    text: '申请材料不齐全或者不符合法定形式的，当场或者在五日内一次告知申请人需要补正的全部内容；逾期不告知的，自收到申请材料之日起即为受理。',
  },
  {
    law: LAW.licensing,
    article: '第四十二条',
    text: '除可以当场作出决定的外，自受理之日起二十日内作出行政许可决定；二十日内不能作出的，经本机关负责人批准可延长十日。法律、法规另有规定的，依照其规定。',
  },
  { law: LAW.licensing, article: '第四十五条', text: '听证、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内，应当书面告知申请人。' },
  { law: LAW.licensing, article: '第五十条', text: '需要延续有效期的，应当在有效期届满三十日前提出申请；法律、法规、规章另有规定的，依照其规定。' },
  { law: LAW.licensing, article: '第五十八条', text: '实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。' },
];

export const NO_FEE = { text: '不收费', basis: `${LAW.licensing} 第五十八条` };

export const WHERE = {
  counter: '本局政务服务窗口（市、县政务服务中心应急管理窗口），工作日受理。',
  online: '本平台「行政许可」网上申请：企业用户登录后在线填报、上传材料，全程查看办理进度。',
};

/** 受理 → 审查 → 决定 → 发证, as 行政许可法 第三十二条、第四十二条、第四十四条 lay it out. */
export const licenseSteps = (review: string, issue: string) => [
  { title: '申请', description: '网上申请或到政务服务窗口提交申请书和全部申请材料。' },
  { title: '受理', description: '材料齐全、符合法定形式的予以受理；不齐全的当场或者5个工作日内一次告知需要补正的全部内容（行政许可法第三十二条）。' },
  { title: '审查', description: review },
  { title: '决定', description: '作出准予或者不予许可的书面决定；不予许可的说明理由，并告知申请行政复议或者提起行政诉讼的权利。' },
  { title: '发证', description: issue },
];

export const ISSUE_IN_TEN = '准予许可的，自作出决定之日起10个工作日内颁发许可证（行政许可法第四十四条），可选窗口领取或邮寄送达。';
