import { LICENSE_INSTRUMENT_TITLES, type LicenseInstrumentKind } from '../../../../../src/modules/licensing/instrument-contract';

// 行政许可文书 on the application's page, under licensing.instruments.
export const zhInstruments = {
  title: '许可文书',
  kinds: LICENSE_INSTRUMENT_TITLES as Record<LicenseInstrumentKind, string>,
  kind: '文书',
  number: '文号',
  date: '日期',
  download: '下载',
  noticeN: '（第 {{n}} 次）',
  unnumbered: '未编号',
  empty: '申请受理、补正、不予受理、延期或作出决定后，在此下载相应的文书。',
  note: '文书按办理时的记录生成，每次下载的文号相同。',
};
