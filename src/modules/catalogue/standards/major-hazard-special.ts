import type { CriteriaArticle } from './types.js';

// 《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条至第十三条: 专项类, 14 项.
// Sources and what each 'confirmed' / 'summarised' flag rests on: see major-hazard-criteria.ts.

export const COMBUSTIBLE_DUST: CriteriaArticle = {
  article: 11,
  scope: 'combustibleDust',
  heading: '存在粉尘爆炸危险的工贸企业有下列情形之一的，应当判定为重大事故隐患：',
  items: [
    ['粉尘爆炸危险场所设置在非框架结构的多层建（构）筑物内，或者粉尘爆炸危险场所内设有员工宿舍、会议室、办公室、休息室等人员聚集场所的', 'confirmed'],
    [
      '不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质共用一套除尘系统，或者不同建（构）筑物、不同防火分区共用一套除尘系统、除尘系统互联互通的',
      'confirmed',
    ],
    ['干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的', 'confirmed'],
    ['铝镁等金属粉尘除尘系统采用正压除尘方式，或者其他可燃性粉尘除尘系统采用正压吹送粉尘时，未采取火花探测消除等防范点燃源措施的', 'confirmed'],
    ['除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道的', 'confirmed'],
    ['铝镁等金属粉尘、木质粉尘的干式除尘系统未设置锁气卸灰装置的', 'summarised'],
    ['除尘器、收尘仓等划分为20区的粉尘爆炸危险场所电气设备不符合防爆要求的', 'summarised'],
    [
      '粉碎、研磨、造粒、砂光等易产生机械点燃源的工艺设备前，未设置铁、石等杂物去除装置，或者木制品加工企业与砂光机连接的风管未设置火花探测消除装置的',
      'summarised',
    ],
    ['未按照规定制定粉尘清扫制度，作业现场积尘未及时规范清理的', 'summarised'],
    ['遇湿自燃金属粉尘收集、堆放、储存场所未采取通风等防止氢气积聚措施，或者干式收集、堆放、储存场所未采取防水、防潮措施的', 'summarised'],
  ],
};

export const AMMONIA_REFRIGERATION: CriteriaArticle = {
  article: 12,
  scope: 'ammoniaRefrigeration',
  heading: '使用液氨制冷的工贸企业有下列情形之一的，应当判定为重大事故隐患：',
  items: [
    ['包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷的', 'summarised'],
    ['快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的', 'summarised'],
  ],
};

export const CONFINED_SPACE: CriteriaArticle = {
  article: 13,
  scope: 'confinedSpace',
  heading: '存在硫化氢、一氧化碳等中毒风险的有限空间作业的工贸企业有下列情形之一的，应当判定为重大事故隐患：',
  items: [
    ['未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的', 'summarised'],
    ['未落实有限空间作业审批，或者未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员的', 'summarised'],
  ],
};
