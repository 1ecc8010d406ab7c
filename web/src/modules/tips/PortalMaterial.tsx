import { CheckCircleTwoTone } from '@ant-design/icons';
import { Card, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATERIAL_LIMITS } from '../../../../src/modules/tips/contract';
import { fileSize } from '../../app/format';
import { MaterialUpload } from './MaterialUpload';

interface Sent {
  fileName: string;
  size: number;
}

/**
 * 补充材料 on the portal, by the receipt code and secret (sent in headers, never in the address):
 * right after submitting, and on the follow page while the tip is open.
 */
export function PortalMaterial({ receipt, secret, sent = [], open = true }: { receipt: string; secret: string; sent?: Sent[]; open?: boolean }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<Sent[]>([]);
  const all = [...sent, ...added];
  return (
    <Card size="small" title={t('tips.material.sent')} style={{ marginTop: 12 }} data-testid="portal-material">
      {all.length > 0 && (
        <List
          size="small"
          dataSource={all}
          renderItem={(m) => (
            <List.Item>
              <Space>
                <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('tips.material.uploaded')} />
                <span>{m.fileName}</span>
                <Typography.Text type="secondary">{fileSize(m.size)}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {!open ? (
        <Typography.Text type="secondary">{t('tips.material.closed')}</Typography.Text>
      ) : all.length >= MATERIAL_LIMITS.maxFiles ? (
        <Typography.Text type="secondary">{t('tips.material.full')}</Typography.Text>
      ) : (
        <Space wrap style={{ marginTop: all.length > 0 ? 8 : 0 }}>
          <MaterialUpload
            url="/api/public/tips/material"
            headers={() => ({ 'x-tip-receipt': receipt, 'x-tip-secret': secret })}
            label={t('tips.material.portalUpload')}
            onUploaded={(m) => setAdded((a) => [...a, { fileName: m.fileName, size: m.size }])}
          />
          <Typography.Text type="secondary">{t('tips.material.limits')}</Typography.Text>
        </Space>
      )}
    </Card>
  );
}
