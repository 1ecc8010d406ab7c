export const zh = {
  nav: {
    workbench: '工作台',
  },
  workbench: {
    greeting: '您好，{{name}}',
    org: '所属机构：{{org}}',
    noRoles: '尚未分配角色，请联系安全管理员。',
    peopleCount: '本辖区人员',
    ledgerHead: '最新记录序号',
    agendaTitle: '办案期限',
    agendaWeek: '本周到期（{{count}}）',
    agendaLate: '已逾期（{{count}}）',
    agendaEmpty: '无',
  },
};
