import { App, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CAMPAIGN_FIGURES } from '../../../../src/modules/inspections/campaigns/rules';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { enumLabel } from '../registry/labels';
import type { Task } from './api';
import { type Campaign, type CampaignFigures, useCampaign, useCampaignFigures, useCampaignTasks, useCloseCampaign } from './campaigns-api';
import { CampaignStatusTag, scopeIndustryLabel, TaskStatusTag, taskKindText } from './labels';

type Figure = keyof typeof CAMPAIGN_FIGURES;
const WORK: Figure[] = [
  'enterprisesInScope',
  'tasks',
  'tasksCompleted',
  'enterprisesInspected',
  'hazardsFound',
  'hazardsRectified',
  'hazardsOpen',
  'majorFound',
  'majorRectified',
  'majorOpen',
];
const BEFORE_AFTER: Figure[] = ['openAtStart', 'openAtEnd', 'majorOpenAtStart', 'majorOpenAtEnd'];

/** Each figure with its 统计口径 under it: the figures are computed, never typed in. */
function Figures({ f, keys }: { f: CampaignFigures | undefined; keys: Figure[] }) {
  return (
    <Row gutter={[16, 16]}>
      {keys.map((k) => (
        <Col key={k} xs={24} sm={12} lg={6} data-testid={`campaign-figure-${k}`}>
          <Statistic title={CAMPAIGN_FIGURES[k].label} value={f ? f[k] : '-'} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            口径：{CAMPAIGN_FIGURES[k].definition}
          </Typography.Text>
        </Col>
      ))}
    </Row>
  );
}

function CloseButton({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const close = useCloseCampaign();

  async function submit({ note }: { note: string }) {
    try {
      await close.mutateAsync({ id: campaign.id, body: { version: campaign.version, note } });
      void message.success(t('inspections.campaigns.closed'));
      setOpen(false);
    } catch (error) {
      reportError(error, form);
    }
  }

  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="close-campaign">
        {t('inspections.campaigns.close')}
      </Button>
      <Modal
        open={open}
        title={t('inspections.campaigns.close')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={close.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('inspections.campaigns.closeConfirm')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="note"
            label={t('inspections.campaigns.closeNote')}
            rules={[{ required: true, whitespace: true, min: 2, max: 2000, message: t('inspections.campaigns.closeNoteRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 专项整治详情: its scope and period, its figures with their 口径, before and after, and its tasks. */
export function CampaignPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const figures = useCampaignFigures(id);
  const tasks = useCampaignTasks(id);
  const c = campaign.data;

  const columns: TableColumnsType<Task> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('inspections.source'), key: 'source', render: (_, task) => taskKindText(t, task) },
    { title: t('inspections.plannedOn'), dataIndex: 'plannedOn', key: 'plannedOn' },
    { title: t('inspections.officers'), key: 'officers', render: (_, task) => task.officers.map((o) => o.name).join('、') },
    { title: t('inspections.status'), dataIndex: 'status', key: 'status', render: (s: Task['status']) => <TaskStatusTag status={s} /> },
  ];

  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Link to="/inspections/campaigns">{t('inspections.campaigns.back')}</Link>
      </Space>
      <PageTitle>{c ? c.name : t('inspections.campaigns.title')}</PageTitle>
      {campaign.isError && <ErrorAlert error={campaign.error} />}
      {c && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card extra={c.status !== 'closed' && can(user.roles, 'campaign.manage') && <CloseButton campaign={c} />}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('inspections.campaigns.status')}>
                <CampaignStatusTag status={c.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('inspections.campaigns.org')}>{c.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('inspections.campaigns.basis')}>{c.basis}</Descriptions.Item>
              <Descriptions.Item label={t('inspections.campaigns.period')}>{`${c.startsOn} 至 ${c.endsOn}`}</Descriptions.Item>
              <Descriptions.Item label={t('inspections.campaigns.industries')}>
                {c.industryCodes.length ? c.industryCodes.map(scopeIndustryLabel).join('、') : t('inspections.campaigns.allIndustries')}
              </Descriptions.Item>
              <Descriptions.Item label={t('inspections.campaigns.categories')}>
                {c.keyCategories.length ? c.keyCategories.map((k) => enumLabel(t, 'keyCategory', k)).join('、') : t('inspections.campaigns.allCategories')}
              </Descriptions.Item>
              <Descriptions.Item label={t('inspections.campaigns.createdBy')}>{c.createdByName ?? '-'}</Descriptions.Item>
              {c.closedOn && <Descriptions.Item label={t('inspections.campaigns.closedOn')}>{c.closedOn}</Descriptions.Item>}
              {c.goal && <Descriptions.Item label={t('inspections.campaigns.goal')}>{c.goal}</Descriptions.Item>}
              {c.closingNote && <Descriptions.Item label={t('inspections.campaigns.closeNote')}>{c.closingNote}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('inspections.campaigns.figures')} data-testid="campaign-figures">
            {figures.isError && <ErrorAlert error={figures.error} />}
            <Figures f={figures.data} keys={WORK} />
          </Card>
          <Card title={t('inspections.campaigns.beforeAfter')} extra={figures.data && t('inspections.campaigns.asOf', { date: figures.data.asOf })}>
            <Figures f={figures.data} keys={BEFORE_AFTER} />
          </Card>
          <Card title={t('inspections.campaigns.tasks')}>
            {tasks.isError && <ErrorAlert error={tasks.error} />}
            <Table<Task>
              rowKey="id"
              columns={columns}
              dataSource={tasks.data}
              loading={tasks.isFetching}
              scroll={{ x: 'max-content' }}
              data-testid="campaign-tasks"
            />
          </Card>
        </Space>
      )}
    </>
  );
}
