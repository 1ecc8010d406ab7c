import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../platform/auth/roles.js';
import { createLogger, openApp } from '../platform/bootstrap.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { systemActor } from '../platform/context.js';
import { DomainError } from '../platform/errors.js';
import { createCheckpoint } from '../platform/ledger/service.js';
import { verifyLedger } from '../platform/ledger/verify.js';
import { verifyDrawCommand } from '../modules/draws/cli.js';
import { verifyEvaluationCommand } from '../modules/evaluations/cli.js';
import { MODULES } from '../modules/index.js';
import { proveCommand, verifyProofCommand } from '../modules/disclosure/cli.js';
import { verifyLicenceCommand } from '../modules/licensing/cli.js';
import { verifyCaseFileCommand } from '../modules/cases/casefile/cli.js';
import { findOrgByRegionCode } from '../platform/orgs/service.js';
import { createPerson } from '../modules/people/service.js';
import { DEMO_PASSWORD, isEmpty, seedDemo } from '../seed/demo.js';

const USAGE = `用法 usage: zhifa <command>
  migrate                              执行数据库迁移
  seed demo                            向空库写入演示数据
  create-user --username U --name 姓名 --org 区划代码 --role 角色 [--password P]
                                       创建账户（首次登录须修改密码）；角色: ${ROLES.join(', ')}
  ledger verify                        校验执法全过程记录全链与全部检查点
  ledger checkpoint                    立即签发检查点
  ledger prove <序号>                  输出该条记录对签名检查点的包含性证明（JSON）
  ledger verify-proof <文件或地址>     离线校验公示证明或检查点一致性证明（无需数据库）
  draw verify <地址或文件> [--snapshot 快照文件]
                                       按公开输入重新计算一次双随机抽取并与公布结果比对
                                       （地址为公开验证页或 /api/public/draws/<编号>；无需数据库）
  evaluation verify <文件>             按公开数据（GET /api/evaluations/<编号>/bundle 保存的 JSON）重新计算
                                       案卷评查的抽取并与公布结果比对（无需数据库）
  casefile verify <归档文件或地址> [--server 服务器地址]
                                       核验电子卷宗归档：各文件 SM3 摘要、清单与组卷记录的包含性证明
                                       （归档内无证明时向服务器公开接口获取；无需数据库）
  licence verify <地址或文件>          核验电子证照：内容的 SM2 签名与当前状态
                                       （地址为证照二维码的核验页或 /api/public/licences/<标识>；无需数据库）
配置与服务器相同: ZHIFA_DATA_DIR, DATABASE_URL, ZHIFA_HASH_ALG`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string', multiple: true },
      password: { type: 'string' },
      snapshot: { type: 'string' },
      server: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals[0] === 'ledger' && positionals[1] === 'verify-proof' && positionals.length === 3) {
    return verifyProofCommand(positionals[2], (line) => console.log(line));
  }
  if (positionals[0] === 'licence' && positionals[1] === 'verify' && positionals.length === 3) {
    return verifyLicenceCommand(positionals[2], (line) => console.log(line));
  }
  if (positionals[0] === 'casefile' && positionals[1] === 'verify' && positionals.length === 3) {
    return verifyCaseFileCommand(positionals[2], values.server, (line) => console.log(line));
  }
  if (positionals[0] === 'evaluation' && positionals[1] === 'verify' && positionals.length === 3) {
    return verifyEvaluationCommand(positionals[2], (line) => console.log(line));
  }
  if (positionals[0] === 'draw' && positionals[1] === 'verify' && positionals.length === 3) {
    return verifyDrawCommand(positionals[2], values.snapshot, (line) => console.log(line));
  }
  // `ledger prove <seq>` carries an argument; the other commands are their words.
  const command = positionals[0] === 'ledger' && positionals[1] === 'prove' && positionals.length === 3 ? 'ledger prove' : positionals.join(' ');
  const known = ['migrate', 'seed demo', 'create-user', 'ledger verify', 'ledger checkpoint', 'ledger prove'];
  if (values.help || !known.includes(command)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const cfg = loadConfig();
  const { app, database } = await openApp(cfg, createLogger('warn'), MODULES);
  try {
    switch (command) {
      case 'migrate':
        console.log(`迁移完成 (${database.kind})`);
        return 0;
      case 'seed demo': {
        if (!(await isEmpty(app.db))) {
          console.error('数据库非空，未写入演示数据');
          return 1;
        }
        const accounts = await seedDemo(app);
        console.log(`演示数据已写入；演示账户初始密码 ${DEMO_PASSWORD}:`);
        for (const a of accounts) console.log(`  ${a.username.padEnd(14)} ${a.role}  ${a.org}`);
        return 0;
      }
      case 'create-user': {
        const { username, name, org: regionCode } = values;
        if (!username || !name || !regionCode || !values.role?.length) {
          console.error('create-user 需要 --username、--name、--org、--role');
          return 2;
        }
        const bad = values.role.filter((r) => !(ROLES as readonly string[]).includes(r));
        if (bad.length) {
          console.error(`未知角色: ${bad.join(', ')}`);
          return 2;
        }
        const org = await findOrgByRegionCode(app.db, regionCode);
        if (!org) {
          console.error(`区划代码 ${regionCode} 对应的机构不存在`);
          return 1;
        }
        const password = values.password ?? `Zf-${crypto.randomBytes(9).toString('base64url')}`;
        const person = await createPerson(app, systemActor, {
          username,
          displayName: name,
          orgId: org.id,
          initialPassword: password,
          roles: values.role as Role[],
        });
        console.log(`已创建账户 ${person.username}（${org.name}，${person.roles.join(', ')}）`);
        if (!values.password) console.log(`初始密码: ${password}（首次登录须修改）`);
        return 0;
      }
      case 'ledger verify': {
        const r = await verifyLedger(app.db);
        if (r.ok) {
          console.log(`校验通过 OK: ${r.entriesChecked} 条记录, ${r.checkpointsChecked} 个检查点 (${r.alg ?? '-'})`);
          return 0;
        }
        console.error(
          `校验失败 FAILED: 第 ${r.firstBad!.seq} 条记录 (${r.firstBad!.reason}${'detail' in r.firstBad! && r.firstBad!.detail ? `：${r.firstBad!.detail}` : ''}); 此前 ${r.entriesChecked} 条记录、${r.checkpointsChecked} 个检查点无误`,
        );
        return 1;
      }
      case 'ledger prove': {
        const seq = Number(positionals[2]);
        if (!Number.isSafeInteger(seq) || seq < 1) {
          console.error('ledger prove 需要记录序号（正整数）');
          return 2;
        }
        return proveCommand(app, seq, (line) => console.log(line));
      }
      case 'ledger checkpoint': {
        const cp = await createCheckpoint(app);
        console.log(cp ? `检查点 #${cp.id}: ${cp.treeSize} 条记录, 根 ${cp.rootHash}` : '无新记录，未签发检查点');
        return 0;
      }
    }
    return 2;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof ConfigError || e instanceof DomainError) console.error(e.message);
    else console.error('执行失败:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
