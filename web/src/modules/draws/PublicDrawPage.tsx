import { Alert, Card, Descriptions, Space, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { announcementPrecedesBeacon, type BeaconOrder } from '../../../../src/modules/draws/beacon';
import { publicApiUrl, snapshotUrl, usePublicDraw, type DrawBundle } from './api';
import { Digest } from './Digest';
import { beijingText, DrawStatusTag, weightsText } from './labels';
import { PublicTitle } from '../../portal/PortalLayout';
import { VerifyPanel } from './VerifyPanel';

interface Row {
  key: string;
  name: string;
  uscc: string;
}

function drawnRows(b: DrawBundle): Row[] {
  const names = new Map(b.enterprises.map((e) => [e.id, e]));
  return (b.result?.enterprises ?? []).map((e) => ({
    key: e.enterpriseId,
    name: names.get(e.enterpriseId)?.name ?? e.enterpriseId,
    uscc: names.get(e.enterpriseId)?.uscc ?? '',
  }));
}

/** The announcement's ledger time against the beacon's publication instant; null when the bundle cannot say. */
function beaconOrder(b: DrawBundle): (BeaconOrder & { announcedAt: Date }) | null {
  const announce = b.ledger.find((e) => e.action === 'draw.announce');
  if (!announce) return null;
  const announcedAt = new Date(announce.at);
  try {
    return { ...announcementPrecedesBeacon(announcedAt, b.params.beacon), announcedAt };
  } catch {
    return null; // an unreadable time: the verification below reports it
  }
}

/** 一公开: the draw's list and every input needed to re-run it, readable without signing in. */
export function PublicDrawPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const bundle = usePublicDraw(id);
  if (bundle.isError) return <ErrorAlert error={bundle.error} />;
  if (!bundle.data) return <Spin />;
  const b = bundle.data;
  const p = b.params;
  const hidden = <Typography.Text type="secondary">{t('draws.notRevealed')}</Typography.Text>;
  const order = beaconOrder(b);
  const columns: TableColumnsType<Row> = [
    { title: '#', key: 'n', render: (_, __, i) => i + 1, width: 48 },
    { title: t('draws.enterprise'), dataIndex: 'name', key: 'name' },
    { title: t('draws.uscc'), dataIndex: 'uscc', key: 'uscc' },
    { title: t('draws.matter'), key: 'matter', render: () => b.matter.name },
    { title: t('draws.drawDate'), key: 'date', render: () => p.drawDate },
  ];

  return (
    <>
      <Link to="/portal/draws">{t('draws.portalBack')}</Link>
      <PublicTitle>
        {b.name} <DrawStatusTag status={b.status} />
      </PublicTitle>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'org', label: t('draws.org'), children: b.orgName },
            { key: 'matter', label: t('draws.matter'), children: `${b.matter.code} ${b.matter.name}` },
            { key: 'legalBasis', label: t('draws.legalBasis'), children: b.matter.legalBasis },
            { key: 'drawDate', label: t('draws.drawDate'), children: p.drawDate },
            { key: 'total', label: t('draws.total'), children: p.total },
            { key: 'perEnterprise', label: t('draws.perEnterprise'), children: p.perEnterprise },
          ]}
        />
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('draws.publishedList')}</h2>} style={{ marginTop: 16 }}>
        {b.result ? (
          <Table<Row>
            columns={columns}
            dataSource={drawnRows(b)}
            size="small"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="public-list"
          />
        ) : (
          <Alert type="info" showIcon title={t('draws.noResultYet')} />
        )}
      </Card>

      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('draws.publishedInputs')}</h2>} style={{ marginTop: 16 }}>
        {order && !order.ok && (
          <Alert
            type="error"
            showIcon
            title={t('draws.announcedTooLate')}
            description={order.text}
            style={{ marginBottom: 16 }}
            data-testid="beacon-order-failed"
          />
        )}
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'snapshotDigest', label: t('draws.snapshotDigest'), children: <Digest value={b.snapshotDigest} /> },
            { key: 'paramsDigest', label: t('draws.paramsDigest'), children: <Digest value={b.paramsDigest} /> },
            { key: 'commitment', label: t('draws.commitment'), children: <Digest value={b.commitment} /> },
            ...(p.weights ? [{ key: 'weights', label: t('draws.weights'), children: weightsText(t, p.weights) }] : []),
            { key: 'beaconSource', label: t('draws.beaconSource'), children: p.beacon.source },
            ...(order
              ? [
                  {
                    key: 'announceLedgerAt',
                    label: t('draws.announceLedgerAt'),
                    children: <span data-testid="announce-ledger-at">{beijingText(t, order.announcedAt)}</span>,
                  },
                  {
                    key: 'beaconExpectedAt',
                    label: t('draws.beaconExpectedAt'),
                    children: (
                      <span data-testid="beacon-expected-at">
                        {beijingText(t, order.beacon.at)}
                        {order.beacon.dateOnly ? t('draws.beaconDateOnly') : ''}
                      </span>
                    ),
                  },
                ]
              : []),
            { key: 'beaconFormat', label: t('draws.beaconFormat'), children: p.beacon.format },
            { key: 'beacon', label: t('draws.beaconValue'), children: b.beacon ? <Digest value={b.beacon} /> : hidden },
            { key: 'secret', label: t('draws.secret'), children: b.secret ? <Digest value={b.secret} /> : hidden },
            { key: 'seed', label: `${t('draws.seed')}（${p.alg.toUpperCase()}）`, children: b.result ? <Digest value={b.result.seed} /> : hidden },
          ]}
        />
        <h3 style={{ fontSize: 15, marginTop: 16 }}>{t('draws.downloads')}</h3>
        <Space wrap>
          <a href={publicApiUrl(b.id)} download={`draw-${b.id}.json`}>
            {t('draws.downloadBundle')}
          </a>
          <a href={snapshotUrl(b.id)} download>
            {t('draws.downloadSnapshot')}
          </a>
        </Space>
        <h3 style={{ fontSize: 15, marginTop: 16 }}>{t('draws.howItWorks')}</h3>
        <Typography.Paragraph>{t('draws.howItWorksText')}</Typography.Paragraph>
      </Card>

      <VerifyPanel id={b.id} />
    </>
  );
}
