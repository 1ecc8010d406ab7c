import { readFile } from 'node:fs/promises';
import { type EvaluationBundle, verifyEvaluationDraw } from './draw.js';

// `zhifa evaluation verify <文件>`: re-runs a round's draw from its published bundle (the JSON of
// GET /api/evaluations/:id/bundle, saved to a file), on this machine, with no database.

export async function verifyEvaluationCommand(file: string, out: (line: string) => void): Promise<number> {
  const json = JSON.parse(await readFile(file, 'utf8')) as EvaluationBundle | { bundle: EvaluationBundle };
  const bundle = 'bundle' in json ? json.bundle : json;
  if (bundle.format !== 'zhifa-evaluation-draw/1') throw new Error(`不认识的公开数据格式: ${String(bundle.format)}`);
  const v = verifyEvaluationDraw(bundle);
  out(`案卷评查抽取（${bundle.params.periodFrom} 至 ${bundle.params.periodTo}，${bundle.params.orgIds.length} 个被评查机关）`);
  for (const c of v.checks) out(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
  out(v.ok ? '验证通过 OK: 按公开数据重新计算的抽取结果与公布结果一致' : '验证失败 FAILED: 见上方标 ✗ 的项目');
  return v.ok ? 0 : 1;
}
