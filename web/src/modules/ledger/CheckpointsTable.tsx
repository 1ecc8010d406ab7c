import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { useCheckpoints, type Checkpoint } from './api';
import { HashText } from './HashText';

export function CheckpointsTable() {
  const { t } = useTranslation();
  const checkpoints = useCheckpoints();

  const columns: TableColumnsType<Checkpoint> = [
    { title: t('ledger.treeSize'), dataIndex: 'treeSize', key: 'treeSize', align: 'right' },
    { title: t('ledger.at'), dataIndex: 'at', key: 'at', render: (v: string) => formatDateTime(v) },
    { title: t('ledger.rootHash'), dataIndex: 'rootHash', key: 'rootHash', render: (v: string) => <HashText hash={v} copyable /> },
    { title: t('ledger.algorithmColumn'), dataIndex: 'alg', key: 'alg' },
    { title: t('ledger.keyId'), dataIndex: 'keyId', key: 'keyId' },
    {
      title: t('ledger.signature'),
      dataIndex: 'signature',
      key: 'signature',
      render: (v: string) => <HashText hash={v} copyable />,
    },
  ];

  return (
    <>
      {checkpoints.isError && <ErrorAlert error={checkpoints.error} />}
      <Table<Checkpoint>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={checkpoints.data?.items}
        loading={checkpoints.isFetching}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
