import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatYuan } from '../../app/format';
import { GradeTag, HazardStatusTag, TaskStatusTag } from '../inspections/labels';
import type { Hazard, Task } from '../inspections/api';
import { useTipTask, type TipDetail } from './api';

/** What the 举报核查 task found: its status and record, the hazards, and the cases opened from them with their fines. */
export function FindingsCard({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const task = useTipTask(tip.taskId);
  const f = tip.findings;
  if (!tip.taskId || !f) return null;
  const recordId = task.data?.recordId;
  return (
    <Card title={t('tips.handling.findings')} style={{ marginTop: 16 }} data-testid="tip-findings">
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('tips.handling.task')}>
          <Space wrap>
            {task.data && `${task.data.enterpriseName}，${task.data.plannedOn}，${task.data.officers.map((o) => o.name).join('、')}`}
            {recordId ? (
              <Link to={`/inspections/records/${recordId}`}>{t('tips.handling.openRecord')}</Link>
            ) : (
              <Link to={`/inspections/tasks?source=tip${task.data ? `&q=${encodeURIComponent(task.data.enterpriseName)}` : ''}`} data-testid="tip-task-link">
                {t('tips.handling.openTask')}
              </Link>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('tips.handling.taskStatus')}>
          <TaskStatusTag status={f.taskStatus as Task['status']} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tips.handling.recordNumber')}>{f.recordNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tips.handling.completedOn')}>{f.completedOn ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('tips.handling.hazards')}
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={f.hazards}
        locale={{ emptyText: t('tips.handling.none') }}
        renderItem={(h) => (
          <List.Item>
            <Space wrap>
              <GradeTag grade={h.grade as Hazard['grade']} />
              {h.description}
              <HazardStatusTag status={h.status as Hazard['status']} />
            </Space>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('tips.handling.cases')}
      </Typography.Title>
      <List
        size="small"
        bordered
        dataSource={f.cases}
        locale={{ emptyText: t('tips.handling.none') }}
        data-testid="tip-cases"
        renderItem={(c) => (
          <List.Item>
            <Space wrap>
              <Link to={`/cases/${c.id}`}>
                {c.partyName}：{c.summary}
              </Link>
              {tip.caseIds.includes(c.id) && <Tag color="blue">{t('tips.handling.linkedCases')}</Tag>}
              <span>{c.stateName}</span>
              {c.decisionNumber && <span>{c.decisionNumber}</span>}
              <span>
                {t('tips.handling.fine')}：{c.fineYuan === null ? t('tips.handling.undecided') : formatYuan(c.fineYuan)}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
