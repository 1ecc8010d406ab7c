// What another module reads of a task it asked for (the tips module's 举报核查): the task's state,
// its on-site record and the hazards found on it. Read through this function, never the tables.
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { hazard, inspectionRecord, inspectionTask } from '../schema.js';
import type { HazardGrade, HazardStatus, InspectionTaskStatus } from '../codes.js';

export interface TaskFindings {
  taskId: string;
  status: InspectionTaskStatus;
  officerIds: string[];
  completedOn: string | null;
  recordId: string | null;
  recordNumber: string | null;
  hazards: { id: string; description: string; grade: HazardGrade; status: HazardStatus; caseId: string | null }[];
}

export async function taskFindings(ex: Executor, taskId: string): Promise<TaskFindings | null> {
  const [t] = await ex
    .select({
      status: inspectionTask.status,
      officerIds: inspectionTask.officerIds,
      completedOn: inspectionTask.completedOn,
      recordId: inspectionRecord.id,
      recordNumber: inspectionRecord.number,
    })
    .from(inspectionTask)
    .leftJoin(inspectionRecord, eq(inspectionRecord.taskId, inspectionTask.id))
    .where(eq(inspectionTask.id, taskId));
  if (!t) return null;
  const hazards = t.recordId
    ? await ex
        .select({ id: hazard.id, description: hazard.description, grade: hazard.grade, status: hazard.status, caseId: hazard.caseId })
        .from(hazard)
        .where(inArray(hazard.recordId, [t.recordId]))
        .orderBy(hazard.createdAt)
    : [];
  return { taskId, ...t, hazards };
}
