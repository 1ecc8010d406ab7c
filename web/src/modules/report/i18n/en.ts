import type { zh } from './zh';

export const en: typeof zh = {
  nav: {
    report: 'Statistics',
  },
  report: {
    title: 'Statistics',
    org: 'Org (with those below it)',
    from: 'Period from',
    to: 'Period to',
    thisYear: 'This year',
    lastYear: 'Last year',
    name: 'Figure',
    value: 'Value',
    definition: 'Definition',
    code: 'Code',
    drill: 'Records',
    openDrill: 'Show records',
    badPeriod: 'The end date cannot be before the start date',
    note: 'Each module computes its figures from the records, as each definition says; rates have two decimals rounded half up, money is summed in fen and shown in 10 000 yuan. “Show records” opens the list of the records counted.',
  },
};
