import { GENERAL_CHECKLIST } from '../../modules/catalogue/standards/checklists-general.js';
import { hazardTransition, type HazardEvent, type HazardParty } from '../../modules/inspections/hazards/rules.js';
import type { HazardGrade, HazardStatus, InspectionTaskSource, InspectionTaskStatus } from '../../modules/inspections/codes.js';
import type { RecordItem } from '../../modules/inspections/schema.js';
import { addDays } from '../../platform/dates.js';
import { atChina, uuidFor, type ActivityCast } from './cast.js';
import type { Act } from './chain.js';
import { pgArray, type CopyValue } from './copy.js';
import { between, pick, streamFor, weightedKeys, type Rand } from './random.js';

// One year of 现场检查: task, record, the hazards found and what became of each. Pure: the
// rows and the ledger acts of inspection n depend only on the seed, n, the cast and the dates.
// Every hazard's status is the end of a script of events that hazardTransition accepts one by
// one on the day it is taken, so no state is reached that the service could not reach.

export const TASK_COLUMNS = [
  'id',
  'org_id',
  'enterprise_id',
  'source',
  'reason',
  'officer_ids',
  'status',
  'planned_on',
  'completed_on',
  'created_at',
  'created_by',
];
export const RECORD_COLUMNS = [
  'id',
  'task_id',
  'org_id',
  'enterprise_id',
  'status',
  'checklist_code',
  'started_at',
  'ended_at',
  'place',
  'present',
  'items',
  'findings',
  'signer_name',
  'signature_refused',
  'number',
  'order_number',
  'completed_at',
  'version',
  'created_by',
];
export const HAZARD_COLUMNS = [
  'id',
  'record_id',
  'org_id',
  'enterprise_id',
  'description',
  'location',
  'check_item_code',
  'major_hazard_code',
  'grade',
  'measures',
  'deadline',
  'responsible_person',
  'status',
  'found_on',
  'closed_on',
  'rectification_note',
  'extension_reason',
  'requested_deadline',
  'reinspection_note',
  'escalation_reason',
  'version',
  'created_at',
  'created_by',
];

export interface Inspection {
  task: CopyValue[];
  record: CopyValue[] | null;
  hazards: CopyValue[][];
  /** Hazard statuses, for tests and counts. */
  hazardStatuses: HazardStatus[];
  acts: Act[];
}

// Joint, unannounced and campaign tasks need departments or a campaign; the generator leaves them to the demo.
const SOURCE = weightedKeys<Extract<InspectionTaskSource, 'plan' | 'draw' | 'tip' | 'routine'>>({ plan: 50, draw: 30, tip: 8, routine: 12 });
const REASONS: Partial<Record<InspectionTaskSource, string>> = { tip: '群众举报线索核查', routine: '节前安全生产检查' };
const ITEMS = GENERAL_CHECKLIST.items;
const MAJOR_CODES = ['MHC-2023-4-1', 'MHC-2023-4-2', 'MHC-2023-4-3', 'MHC-2023-4-5'];
const LOCATIONS = ['生产车间', '仓库', '配电房', '危化品暂存间', '有限空间作业点', '除尘系统', '办公区'];

interface Script {
  events: { day: string; party: HazardParty; event: HazardEvent }[];
}

/** The events a hazard goes through from `found` to where it stands on `today`. */
function hazardScript(rand: Rand, grade: HazardGrade, found: string, deadline: string, today: string): Script {
  const events: Script['events'] = [];
  const at = (d: string) => (d > today ? today : d);
  const close = (submitted: string) => {
    const s = at(submitted);
    events.push({ day: s, party: 'enterprise', event: { type: 'submitRectification', note: '已按要求完成整改并附整改照片' } });
    events.push({ day: at(addDays(s, between(rand, 1, 5))), party: 'officer', event: { type: 'reinspect', passed: true, note: '复查合格，予以销号' } });
  };
  const r = rand();
  if (deadline < today) {
    // Deadline past: most were rectified in time, a few late, some are overdue or escalated.
    if (grade === 'major' && r < 0.08)
      events.push({ day: at(addDays(found, 1)), party: 'officer', event: { type: 'escalate', reason: '重大事故隐患，责令停产停业整顿' } });
    else if (r < 0.955) close(addDays(found, between(rand, 2, Math.max(2, diffDays(found, deadline)))));
    else if (r < 0.97) {
      events.push({ day: addDays(deadline, 1), party: 'system', event: { type: 'markOverdue' } });
      if (addDays(deadline, 3) <= today) close(addDays(deadline, between(rand, 3, 20)));
    } else if (r < 0.99) events.push({ day: addDays(deadline, 1), party: 'system', event: { type: 'markOverdue' } });
    else {
      events.push({ day: addDays(deadline, 1), party: 'system', event: { type: 'markOverdue' } });
      events.push({ day: at(addDays(deadline, 5)), party: 'officer', event: { type: 'escalate', reason: '逾期未整改，移交立案查处' } });
    }
  } else if (r < 0.7 && found < today) close(addDays(found, between(rand, 1, Math.max(1, diffDays(found, today)))));
  else if (r < 0.8 && found < today) events.push({ day: today, party: 'enterprise', event: { type: 'submitRectification', note: '整改已完成，请求复查' } });
  else if (r < 0.83)
    events.push({ day: today, party: 'enterprise', event: { type: 'requestExtension', until: addDays(deadline, 15), reason: '需停产检修设备，申请延期' } });
  return { events };
}

const diffDays = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Inspection n of the year [from, today]. */
export function inspectionFor(seed: number, n: number, cast: ActivityCast, from: string, today: string): Inspection {
  const rand = streamFor(seed, 0x1a5, n);
  const e = pick(rand, cast.enterprises);
  const staff = cast.staffOf.get(e.orgId)!;
  const o1 = staff.officers.length ? pick(rand, staff.officers) : null;
  const o2 =
    staff.officers.length > 1
      ? staff.officers[(staff.officers.indexOf(o1!) + 1 + Math.floor(rand() * (staff.officers.length - 1))) % staff.officers.length]
      : null;
  const officers = [o1, o2].filter((x): x is string => !!x);
  const source = SOURCE(rand);
  const planned = addDays(from, Math.floor(rand() * (diffDays(from, today) + 1)));
  const recent = diffDays(planned, today) < 10;
  const status: InspectionTaskStatus = recent
    ? pick(rand, ['assigned', 'inProgress', 'completed', 'completed'] as const)
    : rand() < 0.03
      ? 'cancelled'
      : 'completed';
  const taskId = uuidFor(seed, 0x7a5, n);
  const createdAt = atChina(addDays(planned, -between(rand, 1, 10)), 9);
  const task: CopyValue[] = [
    taskId,
    e.orgId,
    e.id,
    source,
    REASONS[source] ?? null,
    pgArray(officers),
    status,
    planned,
    status === 'completed' ? planned : null,
    createdAt,
    o1,
  ];
  const acts: Act[] = [
    {
      orgId: e.orgId,
      actorId: o1,
      action: 'inspectionTask.opened',
      subjectType: 'inspectionTask',
      subjectId: taskId,
      payload: { enterpriseId: e.id, source, officerIds: officers, plannedOn: planned },
    },
  ];
  const out: Inspection = { task, record: null, hazards: [], hazardStatuses: [], acts };
  if (status !== 'completed' && status !== 'inProgress') return out;

  const recordId = uuidFor(seed, 0x7ec, n);
  const items: RecordItem[] = [];
  const first = Math.floor(rand() * ITEMS.length);
  // A completed record answers every item of its checklist (records/rules.ts); one in progress is a draft.
  const count = status === 'completed' ? ITEMS.length : between(rand, 5, 9);
  const withHazards = status === 'completed' && rand() < 0.35;
  const hazardCount = withHazards ? between(rand, 1, 3) : 0;
  for (let k = 0; k < count; k++) {
    const it = ITEMS[(first + k) % ITEMS.length];
    items.push({
      code: it.code,
      text: it.text,
      result: k < hazardCount ? 'hazard' : rand() < 0.1 ? 'notApplicable' : 'compliant',
      ...(it.basis ? { basis: it.basis } : {}),
    });
  }
  const started = atChina(planned, between(rand, 8, 15), between(rand, 0, 59));
  const ended = new Date(started.getTime() + between(rand, 40, 180) * 60_000);
  const done = status === 'completed';
  const short = cast.orgName.get(e.orgId) ?? '应急';
  const year = planned.slice(0, 4);
  const number = done ? `${short}检记〔${year}〕G${n + 1}号` : null;
  const orderNumber = done && hazardCount ? `${short}责改〔${year}〕G${n + 1}号` : null;
  const signer = e.principalPerson;
  out.record = [
    recordId,
    taskId,
    e.orgId,
    e.id,
    status,
    GENERAL_CHECKLIST.code,
    started,
    done ? ended : null,
    e.address,
    [{ name: signer, position: '主要负责人' }],
    items,
    done ? (hazardCount ? `检查发现隐患 ${hazardCount} 项，已责令限期整改` : '未发现问题') : '',
    done ? signer : null,
    null,
    number,
    orderNumber,
    done ? ended : null,
    done ? 2 : 1,
    o1,
  ];
  acts.push({
    orgId: e.orgId,
    actorId: o1,
    action: 'inspectionRecord.started',
    subjectType: 'inspectionRecord',
    subjectId: recordId,
    payload: { taskId, enterpriseId: e.id, checklistCode: GENERAL_CHECKLIST.code, officerIds: officers },
  });
  const hazardIds: string[] = [];
  // What happened to the hazards after the record was completed, in the order it happened.
  const later: Act[] = [];
  for (let k = 0; k < hazardCount; k++) {
    const id = uuidFor(seed, 0x4a2, n, k);
    hazardIds.push(id);
    const grade: HazardGrade = rand() < 0.04 ? 'major' : 'general';
    const deadline = addDays(planned, grade === 'major' ? between(rand, 15, 60) : between(rand, 7, 30));
    const description = `${items[k].text.replace(/^是否/, '未')}`;
    const majorHazardCode = grade === 'major' ? pick(rand, MAJOR_CODES) : null;
    acts.push({
      orgId: e.orgId,
      actorId: o1,
      action: 'hazard.found',
      subjectType: 'hazard',
      subjectId: id,
      payload: { recordId, enterpriseId: e.id, grade, majorHazardCode, checkItemCode: items[k].code, description, deadline },
    });
    // Replay the script through the state machine; a refusal is a generator bug, not data.
    let h = { status: 'open' as HazardStatus, grade, deadline };
    let version = 1;
    let closedOn: string | null = null;
    const notes: Record<string, string | null> = { rectification: null, extension: null, requested: null, reinspection: null, escalation: null };
    for (const s of hazardScript(rand, grade, planned, deadline, today).events) {
      const t = hazardTransition(h, s.event, s.party, s.day);
      if (!t.ok) throw new Error(`generated hazard ${n}/${k}: ${s.event.type} on ${s.day} from ${h.status} refused: ${t.problem}`);
      later.push({
        orgId: e.orgId,
        actorId: s.party === 'officer' ? o1 : null,
        action: `hazard.${s.event.type}`,
        subjectType: 'hazard',
        subjectId: id,
        payload: { ...s.event, from: h.status, to: t.status, deadline: t.deadline, version: version + 1 },
      });
      h = { status: t.status, grade, deadline: t.deadline };
      version++;
      if (t.closed) closedOn = s.day;
      if (s.event.type === 'submitRectification') notes.rectification = s.event.note;
      if (s.event.type === 'requestExtension') [notes.extension, notes.requested] = [s.event.reason, s.event.until];
      if (s.event.type === 'reinspect') notes.reinspection = s.event.note;
      if (s.event.type === 'escalate') notes.escalation = s.event.reason;
    }
    out.hazardStatuses.push(h.status);
    out.hazards.push([
      id,
      recordId,
      e.orgId,
      e.id,
      description,
      pick(rand, LOCATIONS),
      items[k].code,
      majorHazardCode,
      grade,
      '立即停止违规行为，限期完成整改并报送整改情况',
      h.deadline,
      signer,
      h.status,
      planned,
      closedOn,
      notes.rectification,
      notes.extension,
      notes.requested,
      notes.reinspection,
      notes.escalation,
      version,
      ended,
      o1,
    ]);
  }
  if (done)
    acts.push({
      orgId: e.orgId,
      actorId: o1,
      action: 'inspectionRecord.completed',
      subjectType: 'inspectionRecord',
      subjectId: recordId,
      payload: { taskId, number, orderNumber, completedOn: planned, hazardIds, findings: out.record[11] },
    });
  acts.push(...later);
  return out;
}
