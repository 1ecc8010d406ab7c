import type { zhInstruments } from './zh-instruments';

export const enInstruments: typeof zhInstruments = {
  title: 'Instruments',
  kinds: {
    supplementNotice: 'Notice to supplement the material',
    acceptance: 'Notice of acceptance',
    refusalToAccept: 'Decision not to accept',
    extension: 'Notice of an extended review period',
    grant: 'Decision to grant the licence',
    denial: 'Decision to refuse the licence',
  },
  kind: 'Instrument',
  number: 'Number',
  date: 'Date',
  download: 'Download',
  noticeN: ' (no. {{n}})',
  unnumbered: 'Not numbered',
  empty: 'The instruments appear here once the application is accepted, sent a supplement notice, refused, extended or decided.',
  note: 'Each instrument is made from the record of its act and keeps its number on every download.',
};
