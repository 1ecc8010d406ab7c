import type { zh } from './zh';

export const en: typeof zh = {
  nav: {
    workbench: 'Workbench',
  },
  workbench: {
    greeting: 'Hello, {{name}}',
    org: 'Organization: {{org}}',
    noRoles: 'No roles assigned yet. Contact the security administrator.',
    peopleCount: 'People in jurisdiction',
    ledgerHead: 'Latest record seq',
    agendaTitle: 'Case deadlines',
    agendaWeek: 'Due this week ({{count}})',
    agendaLate: 'Late ({{count}})',
    agendaEmpty: 'None',
  },
};
