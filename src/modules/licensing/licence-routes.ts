import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { principalOf } from '../../platform/http/access.js';
import { EXPORT_MAX_ROWS, sendSheet, sheetFileName } from '../../platform/http/sheet.js';
import { certificatePdf, licencePageUrl } from './certificate.js';
import { cancelIn, cancelLicence } from './licence-cancellation.js';
import { expiringLicences, expiringOut, WARNING_LEAD_DAYS } from './licence-expiry.js';
import {
  enterpriseRegisterOut,
  licenceBundleOut,
  licenceOut,
  licencePageOut,
  listLicencesQuery,
  recordedLicenceCorrectionIn,
  recordedLicenceIn,
  recordedLicenceOut,
} from './licence-contract.js';
import { LICENCE_SHEET, licencesForExport, listLicences } from './licence-list.js';
import { licenceBundle, licenceInScope, licenceOut as toOut } from './licences.js';
import { correctRecordedLicence, enterpriseRegister, recordLicence } from './recorded-licences.js';

const params = z.object({ id: z.uuid('证照标识格式不正确') });

/** 许可证登记: the register, each licence, its certificate; and the public page its QR code opens. */
export function licenceRoutes(api: FastifyInstance, app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政许可 licensing'];
  const read = { access: { can: 'license.read' } };

  r.get(
    '/licensing/licences',
    { config: read, schema: { tags, summary: '许可证登记（企业用户只见本企业的）', querystring: listLicencesQuery, response: { 200: licencePageOut } } },
    (req) => listLicences(app, principalOf(req), req.query),
  );
  r.get(
    '/licensing/licences/export.xlsx',
    { config: read, schema: { tags, summary: `按当前筛选条件导出许可证登记 XLSX（最多 ${EXPORT_MAX_ROWS} 条）`, querystring: listLicencesQuery } },
    async (req, reply) =>
      sendSheet(reply, {
        fileName: sheetFileName('许可证登记', app.clock.now()),
        sheetName: '许可证登记',
        columns: LICENCE_SHEET,
        rows: await licencesForExport(app, principalOf(req), req.query),
      }),
  );
  r.get(
    '/licensing/licences/expiring',
    { config: read, schema: { tags, summary: `证照到期提醒：距申请延续的最后日期不足 ${WARNING_LEAD_DAYS} 日的有效证照`, response: { 200: expiringOut } } },
    (req) => expiringLicences(app, principalOf(req)),
  );
  r.get('/licensing/licences/:id', { config: read, schema: { tags, summary: '许可证件（电子证照）', params, response: { 200: licenceOut } } }, async (req) =>
    toOut(await licenceInScope(app, principalOf(req), req.params.id), chinaDate(app.clock.now())),
  );
  r.get('/licensing/licences/:id/certificate.pdf', { config: read, schema: { tags, summary: '许可证书 PDF（含核验二维码）', params } }, async (req, reply) => {
    const l = await licenceInScope(app, principalOf(req), req.params.id);
    const pdf = await certificatePdf(l.content, licencePageUrl(app.publicUrl, l.id), l.keyId);
    const name = `${l.content.matterName}${l.licenceNo}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="licence.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(pdf);
  });
  r.post(
    '/licensing/licences/:id/cancel',
    {
      config: { access: { can: 'license.decide' } },
      schema: { tags, summary: '注销许可证件（行政许可法 第七十条）', params, body: cancelIn, response: { 200: licenceOut } },
    },
    async (req) => toOut(await cancelLicence(app, principalOf(req), req.params.id, req.body), chinaDate(app.clock.now())),
  );
  r.get(
    '/licensing/enterprises/:id/licences',
    {
      config: read,
      schema: {
        tags,
        summary: '企业许可证登记：本平台签发的电子证照与外部登记的证照',
        params: z.object({ id: z.uuid('企业标识格式不正确') }),
        response: { 200: enterpriseRegisterOut },
      },
    },
    (req) => enterpriseRegister(app, principalOf(req), req.params.id),
  );
  r.post(
    '/licensing/recorded-licences',
    {
      config: { access: { can: 'license.record' } },
      schema: {
        tags,
        summary: '登记外部许可证（其他机关颁发或本平台启用前取得，无本平台签名）',
        body: recordedLicenceIn,
        response: { 200: recordedLicenceOut },
      },
    },
    (req) => recordLicence(app, principalOf(req), req.body),
  );
  r.post(
    '/licensing/recorded-licences/:id/correct',
    {
      config: { access: { can: 'license.record' } },
      schema: {
        tags,
        summary: '更正外部登记的许可证（写明理由，原登记内容留在执法全过程记录中）',
        params: z.object({ id: z.uuid('许可证标识格式不正确') }),
        body: recordedLicenceCorrectionIn,
        response: { 200: recordedLicenceOut },
      },
    },
    (req) => correctRecordedLicence(app, principalOf(req), req.params.id, req.body),
  );
  r.get(
    '/public/licences/:id',
    {
      config: { access: { public: true as const } },
      schema: { tags: ['公开 public'], summary: '电子证照核验：签名内容、公钥与当前状态', params, response: { 200: licenceBundleOut } },
    },
    (req) => licenceBundle(app, req.params.id),
  );
}
