import { Alert, Button, Card, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatYuan } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { type EnterpriseCredit, type Listing, type MeasureInForce, type Objection, type Repair, useEnterpriseCredit } from './api';
import { ListingStateTag } from './labels';
import { ApplyRepairModal, HandleObjectionForm, ObjectionModal } from './RepairForms';
import { EnterpriseExposures } from '../exposures/EnterpriseExposures';

// One enterprise's credit: its listings with their state (and, while listed, 申请提前移出 and 提出异议),
// its repair applications, its objections and its penalty decisions. The registry's 信用 tab for
// staff; the enterprise user's own page (本企业信用).

const REPAIR_COLOURS: Record<Repair['state'], string> = { applied: 'gold', reviewed: 'orange', approved: 'blue', refused: 'default', revoked: 'red' };
const OBJECTION_COLOURS: Record<Objection['state'], string> = { received: 'gold', corrected: 'blue', upheld: 'default' };

export function RepairStateTag({ state }: { state: Repair['state'] }) {
  const { t } = useTranslation();
  return <Tag color={REPAIR_COLOURS[state]}>{t(`credit.repair.states.${state}`)}</Tag>;
}

/** The listings, with the acts the reader may take on one in force. */
function ListingsTable({ data, staff }: { data: EnterpriseCredit; staff: boolean }) {
  const { t } = useTranslation();
  const user = useUser();
  const [applying, setApplying] = useState<Listing>();
  const [objecting, setObjecting] = useState<Listing>();
  const mayApply = can(user.roles, 'credit.apply');
  const open = (l: Listing) => ({
    repair: data.repairs.some((r) => r.listingId === l.id && (r.state === 'applied' || r.state === 'reviewed')),
    objection: data.objections.some((o) => o.listingId === l.id && o.state === 'received'),
  });
  return (
    <>
      <Table<Listing>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.listings}
        locale={{ emptyText: t('credit.enterpriseCredit.noListings') }}
        data-testid="credit-enterprise-listings"
        columns={[
          {
            title: t('credit.decisionNumber'),
            key: 'decisionNumber',
            render: (_, l) => (staff ? <Link to={`/credit/listings/${l.id}`}>{l.decisionNumber ?? l.penaltyDecisionNumber}</Link> : (l.decisionNumber ?? '—')),
          },
          { title: t('credit.criterion'), key: 'criterion', width: 260, render: (_, l) => t(`credit.criteria.${l.criterion}`) },
          { title: t('credit.org'), dataIndex: 'orgName', key: 'orgName' },
          { title: t('credit.state'), key: 'state', render: (_, l) => <ListingStateTag state={l.state} /> },
          { title: t('credit.listedOn'), dataIndex: 'listedOn', key: 'listedOn' },
          { title: t('credit.termEndsOn'), dataIndex: 'termEndsOn', key: 'termEndsOn' },
          {
            title: t('credit.removedOn'),
            key: 'removedOn',
            render: (_, l) => (l.removedOn ? `${l.removedOn}（${t(`credit.removalReasons.${l.removalReason ?? 'termEnded'}`)}）` : null),
          },
          {
            title: t('credit.steps'),
            key: 'acts',
            render: (_, l) =>
              l.state === 'listed' && mayApply ? (
                <Space wrap>
                  <Button size="small" disabled={open(l).repair} onClick={() => setApplying(l)}>
                    {t('credit.repair.apply')}
                  </Button>
                  <Button size="small" disabled={open(l).objection} onClick={() => setObjecting(l)}>
                    {t('credit.objection.file')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {applying && <ApplyRepairModal listing={applying} onClose={() => setApplying(undefined)} />}
      {objecting && <ObjectionModal listing={objecting} onClose={() => setObjecting(undefined)} />}
    </>
  );
}

export function RepairsTable({ repairs, withEnterprise = false }: { repairs: Repair[]; withEnterprise?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<Repair>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={repairs}
      locale={{ emptyText: t('credit.repair.none') }}
      data-testid="credit-repairs"
      columns={[
        { title: t('credit.repair.appliedOn'), key: 'appliedOn', render: (_, r) => <Link to={`/credit/repairs/${r.id}`}>{r.appliedOn}</Link> },
        ...(withEnterprise ? [{ title: t('credit.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName' }] : []),
        { title: t('credit.decisionNumber'), dataIndex: 'listingDecisionNumber', key: 'listingDecisionNumber' },
        { title: t('credit.repair.channel'), key: 'channel', render: (_, r) => t(`credit.repair.channels.${r.channel}`) },
        { title: t('credit.state'), key: 'state', render: (_, r) => <RepairStateTag state={r.state} /> },
        { title: t('credit.repair.dueOn'), dataIndex: 'dueOn', key: 'dueOn' },
        { title: t('credit.repair.decisionNumber'), dataIndex: 'decisionNumber', key: 'decisionNumber' },
        { title: t('credit.repair.decidedOn'), dataIndex: 'decidedOn', key: 'decidedOn' },
      ]}
    />
  );
}

export function ObjectionsTable({ objections }: { objections: Objection[] }) {
  const { t } = useTranslation();
  const user = useUser();
  const handle = can(user.roles, 'credit.handle');
  return (
    <Table<Objection>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={objections}
      locale={{ emptyText: t('credit.objection.none') }}
      data-testid="credit-objections"
      expandable={
        handle
          ? {
              rowExpandable: (o) => o.state === 'received',
              expandedRowRender: (o) => <HandleObjectionForm o={o} />,
              expandRowByClick: false,
            }
          : undefined
      }
      columns={[
        { title: t('credit.objection.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn' },
        { title: t('credit.decisionNumber'), dataIndex: 'listingDecisionNumber', key: 'listingDecisionNumber' },
        { title: t('credit.objection.content'), dataIndex: 'content', key: 'content', width: 280 },
        { title: t('credit.objection.dueOn'), dataIndex: 'dueOn', key: 'dueOn' },
        { title: t('credit.state'), key: 'state', render: (_, o) => <Tag color={OBJECTION_COLOURS[o.state]}>{t(`credit.objection.states.${o.state}`)}</Tag> },
        { title: t('credit.objection.reason'), dataIndex: 'reason', key: 'reason', width: 240 },
      ]}
    />
  );
}

function PenaltiesTable({ data }: { data: EnterpriseCredit }) {
  const { t } = useTranslation();
  return (
    <Table
      rowKey="caseId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={data.penalties}
      locale={{ emptyText: t('credit.enterpriseCredit.noPenalties') }}
      data-testid="credit-penalties"
      columns={[
        { title: t('credit.enterpriseCredit.penaltyNumber'), dataIndex: 'decisionNumber', key: 'decisionNumber' },
        { title: t('credit.decidedOn'), dataIndex: 'decidedOn', key: 'decidedOn' },
        { title: t('credit.org'), dataIndex: 'orgName', key: 'orgName' },
        { title: t('credit.enterpriseCredit.violation'), dataIndex: 'violationTitle', key: 'violationTitle', width: 260 },
        { title: t('credit.enterpriseCredit.fine'), dataIndex: 'fineYuan', key: 'fineYuan', render: (v: number) => formatYuan(v) },
        { title: t('credit.state'), dataIndex: 'stateName', key: 'stateName' },
      ]}
    />
  );
}

/** 联合惩戒 in force while the enterprise is listed: each measure, who applies it, its basis, until when, and where Zhifa applies it. */
function MeasuresCard({ measures }: { measures: MeasureInForce[] }) {
  const { t } = useTranslation();
  if (measures.length === 0) return null;
  return (
    <Card title={t('credit.measures.title')} size="small" style={{ marginBottom: 16 }} data-testid="credit-measures">
      <Typography.Paragraph type="secondary">
        {t('credit.measures.intro', { until: measures[0].until, numbers: measures[0].decisionNumbers.join('、') })}
      </Typography.Paragraph>
      <Table<MeasureInForce>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={measures}
        columns={[
          { title: t('credit.measures.measure'), dataIndex: 'label', key: 'label', width: 280 },
          { title: t('credit.measures.authority'), dataIndex: 'authority', key: 'authority', width: 160 },
          {
            title: t('credit.measures.basis'),
            dataIndex: 'basis',
            key: 'basis',
            width: 360,
            render: (basis: string, m) => (
              <>
                {basis} {m.pending && <Tag color="orange">{t('credit.measures.pending')}</Tag>}
              </>
            ),
          },
          { title: t('credit.measures.until'), dataIndex: 'until', key: 'until' },
          {
            title: t('credit.measures.zhifa'),
            dataIndex: 'zhifa',
            key: 'zhifa',
            width: 260,
            render: (z: MeasureInForce['zhifa'], m) =>
              z ? (
                <>
                  <Tag color="blue">{t(`credit.measures.applications.${z}`)}</Tag>
                  {m.zhifaNote}
                </>
              ) : (
                <Typography.Text type="secondary">{m.zhifaNote}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}

function CreditView({ data, staff }: { data: EnterpriseCredit; staff: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        type={data.listedNow ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        title={data.listedNow ? t('credit.enterpriseCredit.listedNow') : t('credit.enterpriseCredit.notListed')}
        description={t('credit.enterpriseCredit.publicNote')}
      />
      <MeasuresCard measures={data.measures} />
      <Card title={t('credit.enterpriseCredit.listings')} size="small" style={{ marginBottom: 16 }}>
        <ListingsTable data={data} staff={staff} />
      </Card>
      <Card title={t('credit.repair.title')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('credit.repair.intro')}</Typography.Paragraph>
        <RepairsTable repairs={data.repairs} />
      </Card>
      <Card title={t('credit.objection.title')} size="small" style={{ marginBottom: 16 }}>
        <ObjectionsTable objections={data.objections} />
      </Card>
      <EnterpriseExposures enterpriseId={data.enterpriseId} staff={staff} />
      <Card title={t('credit.enterpriseCredit.penalties')} size="small">
        <PenaltiesTable data={data} />
      </Card>
    </>
  );
}

/** The registry's 信用 tab. */
export function EnterpriseCreditTab({ enterpriseId }: { enterpriseId: string }) {
  const query = useEnterpriseCredit(enterpriseId);
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Spin />;
  return <CreditView data={query.data} staff />;
}

/** 本企业信用: the enterprise user's own page. */
export function MyCreditPage() {
  const { t } = useTranslation();
  const query = useEnterpriseCredit('mine');
  return (
    <>
      <Flex justify="space-between" align="center">
        <PageTitle>{t('credit.enterpriseCredit.mine')}</PageTitle>
      </Flex>
      {query.isError && <ErrorAlert error={query.error} />}
      {!query.data && !query.isError && <Spin />}
      {query.data && <CreditView data={query.data} staff={false} />}
    </>
  );
}

/** On a listing's page: its repair applications and objections, and (while listed) the counter's 申请提前移出 and 异议. */
export function ListingRepairs({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const query = useEnterpriseCredit(listing.enterpriseId);
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Spin />;
  const data = query.data;
  const mine = { ...data, listings: data.listings.filter((l) => l.id === listing.id) };
  return (
    <Card title={t('credit.repair.listingCard')} style={{ marginBottom: 16 }}>
      {listing.state === 'listed' && <ListingsTable data={mine} staff={false} />}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('credit.repair.title')}
      </Typography.Title>
      <RepairsTable repairs={data.repairs.filter((r) => r.listingId === listing.id)} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('credit.objection.title')}
      </Typography.Title>
      <ObjectionsTable objections={data.objections.filter((o) => o.listingId === listing.id)} />
    </Card>
  );
}
