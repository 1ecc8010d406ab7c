import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenchmarkOut, Stage } from './api';
import { GradeTable, hasBands } from './GradeTable';
import { periodText, versionStatus, type VersionStatus } from './labels';

interface Props {
  stage: Stage;
  versions: BenchmarkOut[];
  /** The version the org applies today, or null while that is still being worked out. */
  applicable: BenchmarkOut | null;
  today: string;
  /** Absent when the user may not publish benchmarks. */
  onPublish?: () => void;
}

const STATUS_COLOR: Record<VersionStatus, string | undefined> = { inForce: 'green', pending: 'gold', ended: undefined };
const rowKey = (b: BenchmarkOut) => b.id ?? 'default';

export function BenchmarkVersions({ stage, versions, applicable, today, onPublish }: Props) {
  const { t } = useTranslation();
  const fined = versions.length > 0 && hasBands(versions[0].grades);

  const columns: TableColumnsType<BenchmarkOut> = [
    {
      title: t('benchmarks.madeBy'),
      key: 'org',
      render: (_, b) => (
        <>
          {b.orgName} {b.id === null && <Tag>{t('benchmarks.builtIn')}</Tag>}
        </>
      ),
    },
    { title: t('benchmarks.period'), key: 'period', render: (_, b) => periodText(t, b) },
    { title: t('benchmarks.basisDocument'), dataIndex: 'basisDocument', key: 'basisDocument' },
    {
      title: t('benchmarks.status'),
      key: 'status',
      render: (_, b) => {
        const status = versionStatus(b, today);
        return (
          <Flex wrap gap={4}>
            <Tag color={STATUS_COLOR[status]}>{t(`benchmarks.${status}`)}</Tag>
            {b === applicable && <Tag color="blue">{t('benchmarks.applies')}</Tag>}
          </Flex>
        );
      },
    },
  ];

  return (
    <section style={{ marginBottom: 24 }} data-testid={`benchmarks-${stage}`}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t(stage === 'initial' ? 'benchmarks.initialTitle' : 'benchmarks.notCorrectedTitle')}
        </Typography.Title>
        {onPublish && fined && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onPublish} data-testid={`benchmark-publish-${stage}`}>
            {t('benchmarks.publish')}
          </Button>
        )}
      </Flex>
      {fined ? (
        <Table<BenchmarkOut>
          // Remount once the applicable version is known so it opens expanded.
          key={applicable ? rowKey(applicable) : 'loading'}
          rowKey={rowKey}
          size="middle"
          columns={columns}
          dataSource={versions}
          pagination={false}
          expandable={{
            expandedRowRender: (b) => <GradeTable grades={b.grades} />,
            defaultExpandedRowKeys: applicable ? [rowKey(applicable)] : [],
          }}
        />
      ) : (
        <Alert type="info" showIcon title={t('benchmarks.none')} />
      )}
    </section>
  );
}
