import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';
import { LICENSE_MATTER_CODES, type LicenseMatterCode } from './codes.js';
import { guideListOut, guideParams, serviceGuideOut } from './guide-contract.js';
import { SERVICE_GUIDES } from './matters.js';

/** 办事指南 on the portal (事前公开): the licence matters with their conditions, materials and periods. */
export function guideRoutes(api: FastifyInstance, _app: AppContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政许可 licensing'];
  const open = { access: { public: true as const } };

  r.get(
    '/public/licensing/guides',
    { config: open, schema: { tags, summary: '办事指南列表：许可事项、承诺和法定办结时限、发证机关层级（无需登录）', response: { 200: guideListOut } } },
    () => ({
      items: LICENSE_MATTER_CODES.map((code) => {
        const g = SERVICE_GUIDES[code];
        return {
          code,
          name: g.name,
          kind: g.kind,
          statutoryDays: g.statutory.days,
          promisedDays: g.promised.days,
          issuingLevels: [...new Set(g.issuers.map((i) => i.level))],
        };
      }),
    }),
  );
  r.get(
    '/public/licensing/guides/:code',
    {
      config: open,
      schema: {
        tags,
        summary: '一个许可事项的办事指南：设定依据、条件、材料、时限、有效期、收费、地点和流程',
        params: guideParams,
        response: { 200: serviceGuideOut },
      },
    },
    (req) => {
      const code = req.params.code;
      if (!(LICENSE_MATTER_CODES as readonly string[]).includes(code)) throw new NotFound('没有这个许可事项，请从办事指南列表中选择', 'code');
      return SERVICE_GUIDES[code as LicenseMatterCode];
    },
  );
}
