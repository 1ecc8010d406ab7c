import { useQueryClient } from '@tanstack/react-query';
import { Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { fileSize, formatDateTime } from '../../app/format';
import { useCsrfToken } from '../registry/transfer';
import { materialUrl, staffMaterialUrl, type Material, type Tip, useMaterial } from './api';
import { MaterialUpload } from './MaterialUpload';

/** 举报材料: what the tipster sent and what staff attached, each with its SM3 digest, to download. */
export function MaterialCard({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const user = useUser();
  const csrf = useCsrfToken();
  const client = useQueryClient();
  const list = useMaterial(tip.id);
  const open = tip.state !== 'declined' && tip.state !== 'verified';
  const upload = open && can(user.roles, 'tip.record') && (
    <MaterialUpload
      url={staffMaterialUrl(tip.id)}
      headers={() => ({ 'x-csrf-token': csrf() ?? '' })}
      label={t('tips.material.upload')}
      onUploaded={() => void client.invalidateQueries({ queryKey: ['tips', 'material', tip.id] })}
    />
  );
  return (
    <Card title={t('tips.material.title')} extra={upload} style={{ marginTop: 16 }} data-testid="tip-material">
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data?.length === 0 ? (
        <Typography.Text type="secondary">{t('tips.material.empty')}</Typography.Text>
      ) : (
        <Table<Material>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: t('tips.material.fileName'),
              dataIndex: 'fileName',
              render: (name: string, m) => (
                <a href={materialUrl(m.id)} download={name} data-testid="material-download">
                  {name}
                </a>
              ),
            },
            { title: t('tips.material.size'), dataIndex: 'size', render: (size: number) => fileSize(size) },
            { title: t('tips.material.uploadedAt'), dataIndex: 'uploadedAt', render: (at: string) => formatDateTime(at) },
            {
              title: t('tips.material.source'),
              dataIndex: 'fromTipster',
              render: (fromTipster: boolean) => (
                <Tag color={fromTipster ? 'gold' : 'blue'}>{t(fromTipster ? 'tips.material.fromTipster' : 'tips.material.fromStaff')}</Tag>
              ),
            },
            {
              title: t('tips.material.digest'),
              dataIndex: 'digest',
              render: (digest: string) => (
                <Tooltip title={digest}>
                  <Typography.Text code copyable={{ text: digest }}>
                    {digest.slice(0, 12)}…
                  </Typography.Text>
                </Tooltip>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
