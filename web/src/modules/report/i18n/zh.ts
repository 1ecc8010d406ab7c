// 统计分析: the figures every module answers for, with their 统计口径 and drill-down (issue 17).
export const zh = {
  nav: {
    report: '统计分析',
  },
  report: {
    title: '统计分析',
    org: '统计机构（含下级）',
    from: '统计期间自',
    to: '统计期间至',
    thisYear: '本年度',
    lastYear: '上年度',
    name: '指标',
    value: '数值',
    definition: '统计口径',
    code: '指标代码',
    drill: '明细',
    openDrill: '查看明细',
    badPeriod: '截止日期不能早于起始日期',
    note: '各项数据由各业务模块按统计口径从业务记录实时计算；比率保留两位小数、四舍五入，金额以分计算后折合万元。点击“查看明细”打开所计记录的列表。',
  },
};
