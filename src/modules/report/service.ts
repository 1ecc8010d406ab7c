// The figures of every module for an org subtree and period, as the report and 统计分析 show
// them. The modules measure from their own tables (their manifests' `figures`); this module only
// arranges and prints what they answer.
import type { Actor, AppContext } from '../../platform/context.js';
import { figureText } from '../../platform/figures/arithmetic.js';
import { FIGURE_SECTIONS, UNIT_NAMES, type FigureScope, type FigureSection } from '../../platform/figures/types.js';
import type { ServerModule } from '../../platform/modules.js';
import { orgInScope } from '../../platform/orgs/scope.js';
import { capabilityTableOf, holds, type CapabilityTable } from '../../platform/auth/capabilities.js';
import { ValidationError } from '../../platform/errors.js';
import type { FigureOut, FiguresOut, FiguresQuery } from './contract.js';

/** Every module's figure codes, checked once: a code answered for twice stops start-up. */
export function figureCatalogue(all: readonly ServerModule[]): FigureCatalogue {
  const seen = new Map<string, string>();
  for (const m of all) {
    for (const d of m.figures?.definitions ?? []) {
      const owner = seen.get(d.code);
      if (owner) throw new Error(`figure ${d.code} is defined by ${owner} and ${m.name}`);
      seen.set(d.code, m.name);
    }
  }
  // The whole table: a drill-down may need a capability of a module that declares no figures.
  return { modules: all.filter((m) => m.figures), capabilities: capabilityTableOf(all) };
}

export interface FigureCatalogue {
  modules: readonly ServerModule[];
  capabilities: CapabilityTable;
}

export async function figuresFor(app: AppContext, actor: Actor, { modules, capabilities }: FigureCatalogue, q: FiguresQuery): Promise<FiguresOut> {
  const orgId = q.orgId ?? actor.orgId;
  if (!orgId) throw new ValidationError('请指定机构', 'orgId');
  const o = await orgInScope(app.db, actor, orgId);
  const scope: FigureScope = { orgId: o.id, orgPath: o.path, from: q.from, to: q.to };
  const placed: { section: FigureSection; figure: FigureOut }[] = [];
  // One module after another: on one connection (PGlite) they would queue anyway.
  for (const m of modules) {
    if (!m.figures) continue;
    const measured = await m.figures.measure(app.db, scope);
    for (const d of m.figures.definitions) {
      const measure = measured[d.code];
      if (!measure) throw new Error(`module ${m.name} did not measure ${d.code}`);
      placed.push({
        section: d.section,
        figure: {
          code: d.code,
          name: d.name,
          unit: d.unit,
          unitName: UNIT_NAMES[d.unit],
          definition: d.definition,
          text: figureText(d.unit, measure),
          ...measure,
          drill: d.drill && (!d.drillNeeds || holds(capabilities, actor.roles, d.drillNeeds)) ? d.drill(scope) : null,
          module: m.name,
        },
      });
    }
  }
  const sections = (Object.keys(FIGURE_SECTIONS) as FigureSection[])
    .map((section) => ({ section, name: FIGURE_SECTIONS[section], figures: placed.filter((p) => p.section === section).map((p) => p.figure) }))
    .filter((s) => s.figures.length > 0);
  return { orgId: o.id, orgName: o.name, from: q.from, to: q.to, sections };
}
