import { sql } from 'drizzle-orm';
import type { PublicSearchQuery } from '../../src/modules/disclosure/contract.js';
import { searchPublic } from '../../src/modules/disclosure/public.js';
import { rows } from '../../src/platform/db/index.js';
import { seconds, type Measurement, type Scenario } from './types.js';

// 事后公开 search (issue 7): the public portal's search over 1M published disclosures at province
// size (50 000 at demo size, a city's few years, so CI's smoke run stays short; both times --scale,
// spread over that size's enterprises). Rows are made in bulk SQL from the generated enterprises —
// search does not read the ledger, so their publish_seq values are placeholders. Each query runs
// REPEAT times through searchPublic (what GET /api/public/disclosures calls) for p50/p95; the
// baseline is the same page in bare SQL (no bigram pre-filter, no mapping).

const REPEAT = 40;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timings(f: () => Promise<unknown>) {
  const t: number[] = [];
  for (let i = 0; i < REPEAT; i++) t.push((await seconds(f)) * 1000);
  return t.sort((a, b) => a - b);
}

export const disclosureSearchScenario: Scenario = {
  name: 'disclosure-search',
  summary: 'public disclosure search (name fragment, USCC, region, kind+date, keyset page) over 1M rows at province size: p50/p95',
  async run({ app, size, scale, log }) {
    const target = Math.max(1000, Math.round((size === 'province' ? 1_000_000 : 50_000) * scale));
    const have = (await rows<{ n: number }>(app.db, sql`select count(*)::int as n from disclosure where source_type = 'bench'`))[0].n;
    if (have < target) {
      const t = await seconds(() =>
        app.db.execute(sql`
          with ents as (select row_number() over (order by id) - 1 as i, id, org_id, name, uscc, region_code from enterprise),
               n as (select count(*) as c from enterprise)
          insert into disclosure (kind, source_type, source_id, org_id, enterprise_id, enterprise_name, uscc, region_code, title, fields, body, decided_on, due_on, term_ends_on, status, published_at, publish_seq, act_seq, created_at)
          select (array['penaltyDecision','summaryDecision','inspectionResult','drawResult'])[1 + g % 4], 'bench', 'bench-' || g, e.org_id, e.id, e.name, e.uscc, e.region_code,
                 e.name || '行政处罚决定', '[]'::jsonb, '基准测试正文', date '2024-01-01' + (g % 900), date '2024-01-10' + (g % 900), date '2025-01-01' + (g % 900), 'published',
                 (date '2024-01-09' + (g % 900))::timestamptz + (g % 86400) * interval '1 second', g, g, now()
          from generate_series(${have + 1}::int, ${target}::int) g, n join ents e on true
          where e.i = g % n.c`),
      );
      log(`disclosure-search: inserted ${target - have} disclosures in ${t.toFixed(1)} s`);
      await app.db.execute(sql`analyze disclosure`);
    }
    const [sample] = await rows<{ name: string; uscc: string; region_code: string }>(
      app.db,
      sql`select enterprise_name as name, uscc, region_code from disclosure where source_type = 'bench' order by id limit 1`,
    );
    const chars = [...sample.name];
    // Generated names are 「咸安区鑫华化工有限公司」: region, brand, industry, suffix. The brand is the
    // rare part a visitor types; the suffix (有限公司) matches nearly every row.
    const frag2 = chars.slice(3, 5).join('');
    const frag4 = chars.slice(3, 7).join('');
    const common = '有限公司';
    const page1 = await searchPublic(app, { limit: 20 });
    const queries: [string, PublicSearchQuery, ReturnType<typeof sql>][] = [
      [
        'newest page',
        { limit: 20 },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' order by d.published_at desc, d.id desc limit 21`,
      ],
      [
        'keyset page 2',
        { limit: 20, cursor: page1.nextCursor ?? undefined },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' order by d.published_at desc, d.id desc limit 21 offset 20`,
      ],
      [
        `name "${frag2}"`,
        { limit: 20, q: frag2 },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' and d.enterprise_name like ${`%${frag2}%`} order by d.published_at desc, d.id desc limit 21`,
      ],
      [
        `name "${frag4}"`,
        { limit: 20, q: frag4 },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' and d.enterprise_name like ${`%${frag4}%`} order by d.published_at desc, d.id desc limit 21`,
      ],
      [
        `name "${common}"`,
        { limit: 20, q: common },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' and d.enterprise_name like ${`%${common}%`} order by d.published_at desc, d.id desc limit 21`,
      ],
      [
        'USCC',
        { limit: 20, uscc: sample.uscc },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' and d.uscc = ${sample.uscc} order by d.published_at desc, d.id desc limit 21`,
      ],
      [
        'region prefix',
        { limit: 20, region: sample.region_code.slice(0, 4) },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' and d.region_code like ${`${sample.region_code.slice(0, 4)}%`} order by d.published_at desc, d.id desc limit 21`,
      ],
      [
        'kind + month',
        { limit: 20, kind: 'penaltyDecision', from: '2025-03-01', to: '2025-03-31' },
        sql`select d.*, o.name from disclosure d join org o on o.id = d.org_id where d.status = 'published' and d.kind = 'penaltyDecision' and d.decided_on between '2025-03-01' and '2025-03-31' order by d.published_at desc, d.id desc limit 21`,
      ],
    ];
    const out: Measurement[] = [];
    for (const [label, q, bare] of queries) {
      const found = (await searchPublic(app, q)).items.length;
      const v = await timings(() => searchPublic(app, q));
      const b = await timings(() => rows(app.db, bare));
      log(
        `disclosure-search ${label}: ${found} items, p50 ${percentile(v, 50).toFixed(1)} ms, p95 ${percentile(v, 95).toFixed(1)} ms (bare p50 ${percentile(b, 50).toFixed(1)} ms)`,
      );
      out.push({
        metric: `${label} p50`,
        unit: 'ms',
        value: percentile(v, 50),
        baseline: percentile(b, 50),
        note: `searchPublic over ${target} rows (${REPEAT} runs); baseline: the same page in bare SQL`,
        detail: { found, rows: target },
      });
      out.push({ metric: `${label} p95`, unit: 'ms', value: percentile(v, 95), baseline: percentile(b, 95) });
    }
    return out;
  },
};
