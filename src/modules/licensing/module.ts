import type { ServerModule } from '../../platform/modules.js';
import { startDeemedAcceptance } from './acceptance.js';
import { applicationInScope } from './applications.js';
import { seedLicensingDemo } from './demo.js';
import { startDeemedRenewal } from './renewal.js';
import { revokeOnDecision } from './licence-revocation.js';
import { recordedLicenceInScope } from './recorded-licences.js';
import { licensingCapabilities } from './capabilities.js';
import { licensingFigures } from './figures.js';
import { licensingLedgerNames } from './ledger-names.js';
import { licenceInScope } from './licences.js';
import { licensingRoutes } from './routes.js';
import * as tables from './schema.js';

/** 行政许可 and 政务服务 (行政许可法; 危险化学品经营许可证管理办法; 烟花爆竹经营许可实施办法). */
export const licensingModule: ServerModule = {
  name: 'licensing',
  label: '行政许可',
  tables,
  capabilities: licensingCapabilities,
  resources: {
    licenseApplication: { label: '许可申请', at: '/licensing/applications/:id', authorize: (app, actor, id) => applicationInScope(app, actor, id) },
    licence: { label: '许可证件', at: '/licensing/licences/:id', authorize: (app, actor, id) => licenceInScope(app, actor, id) },
    recordedLicence: {
      label: '外部登记的许可证',
      at: '/licensing/recorded-licences/:id',
      authorize: (app, actor, id) => recordedLicenceInScope(app, actor, id),
    },
  },
  ledger: {
    actions: {
      'license.drafted': '新建许可申请',
      'license.materialAdded': '上传许可申请材料',
      'license.submitted': '提交许可申请',
      'license.resubmitted': '提交补正材料',
      'license.withdrawn': '撤回许可申请',
      'license.supplementRequested': '一次性告知补正',
      'license.accepted': '受理许可申请',
      'license.deemedAccepted': '逾期未告知，依法视为受理',
      'license.deemedAcceptanceRun': '视为受理（定时任务）',
      'license.refusedToAccept': '不予受理',
      'license.pauseStarted': '开始现场核查或专家评审（暂停计时）',
      'license.pauseEnded': '现场核查或专家评审结束（恢复计时）',
      'license.extended': '批准延长审查期限',
      'license.granted': '准予行政许可',
      'license.denied': '不予行政许可',
      'license.issued': '颁发许可证件',
      'licence.issued': '签发电子证照',
      'licence.revoked': '依处罚决定吊销许可证件',
      'licence.cancelled': '注销许可证件',
      'licence.renewed': '延续换发新证（原证有效期内继续有效）',
      'licence.replaced': '变更换发新证（原证同时失效）',
      'license.deemedGranted': '逾期未作决定，依法视为准予延续',
      'license.deemedRenewalRun': '视为准予延续（定时任务）',
      'licence.recorded': '登记外部许可证（未经本平台签发）',
      'licence.recordCorrected': '更正外部登记的许可证',
      'licence.recordedInBulk': '批量登记外部许可证',
    },
    subjects: { licenseApplication: '行政许可申请', licence: '许可证件', recordedLicence: '外部登记许可证' },
    names: licensingLedgerNames,
  },
  routes: licensingRoutes,
  // 吊销: a penalty decision names the licences it revokes.
  subscribers: { 'case.decided': revokeOnDecision },
  figures: licensingFigures,
  demo: (_app, ctx) => seedLicensingDemo(ctx),
  // 视为受理 (行政许可法 第三十二条) and 视为准予延续 (第五十条), once a day.
  jobs: [startDeemedAcceptance, startDeemedRenewal],
  samples: () => import('./permission-samples.js'),
};
