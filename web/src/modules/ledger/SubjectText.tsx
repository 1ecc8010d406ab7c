import { Tooltip, Typography } from 'antd';
import type { LedgerEntry } from './api';

// A uuid means nothing to an auditor: the subject reads by its name (行政处罚案件 某公司 应急罚〔2026〕3号),
// and its id stays on hover for whoever must match it against a database or an export.
// A subject without a name (its record gone, or a type no module names) shows the id's head.
export function SubjectText({ entry }: { entry: Pick<LedgerEntry, 'subjectTypeName' | 'subjectName' | 'subjectId'> }) {
  const { subjectTypeName, subjectName, subjectId } = entry;
  return (
    <Tooltip
      title={
        subjectName ? (
          <>
            {subjectName}
            <br />
            {subjectId}
          </>
        ) : (
          subjectId
        )
      }
    >
      <Typography.Text style={{ maxWidth: 360 }} ellipsis>
        {subjectTypeName} {subjectName ?? <Typography.Text type="secondary">{shortId(subjectId)}</Typography.Text>}
      </Typography.Text>
    </Tooltip>
  );
}

const shortId = (id: string) => (id.length > 8 ? `${id.slice(0, 8)}…` : id);
