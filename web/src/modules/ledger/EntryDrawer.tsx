import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { useInclusionProof, useLedgerEntry } from './api';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', wordBreak: 'break-all' } as const;

function Proof({ seq }: { seq: number }) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const proof = useInclusionProof(seq, requested);

  if (!requested) {
    return (
      <Button icon={<SafetyCertificateOutlined />} onClick={() => setRequested(true)}>
        {t('ledger.proof')}
      </Button>
    );
  }
  if (proof.isPending) return <Spin />;
  if (proof.isError) return <ErrorAlert error={proof.error} />;
  const p = proof.data;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title={
        <>
          {t('ledger.proof')} <Tag color={p.verified ? 'green' : 'red'}>{p.verified ? t('ledger.proofVerified') : t('ledger.proofUnverified')}</Tag>
        </>
      }
      items={[
        { key: 'leafIndex', label: t('ledger.leafIndex'), children: p.leafIndex },
        { key: 'treeSize', label: t('ledger.treeSize'), children: p.treeSize },
        { key: 'leafHash', label: t('ledger.leafHash'), children: <span style={mono}>{p.leafHash}</span> },
        {
          key: 'auditPath',
          label: t('ledger.auditPath'),
          children: (
            <ol style={{ ...mono, margin: 0, paddingInlineStart: 20 }}>
              {p.auditPath.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a proof's path is fixed; its position is the node's identity
                <li key={i}>{h}</li>
              ))}
            </ol>
          ),
        },
        { key: 'rootHash', label: t('ledger.rootHash'), children: <span style={mono}>{p.rootHash}</span> },
        { key: 'checkpointId', label: t('ledger.checkpointId'), children: p.checkpointId },
      ]}
    />
  );
}

export function EntryDrawer({ seq, onClose }: { seq: number; onClose: () => void }) {
  const { t } = useTranslation();
  const entry = useLedgerEntry(seq);

  return (
    <Drawer open onClose={onClose} size={720} title={t('ledger.entryTitle', { seq })}>
      {entry.isPending ? (
        <Spin />
      ) : entry.isError ? (
        <ErrorAlert error={entry.error} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'at', label: t('ledger.at'), children: formatDateTime(entry.data.at) },
              { key: 'org', label: t('ledger.org'), children: entry.data.orgName },
              { key: 'actor', label: t('ledger.actor'), children: entry.data.actorName },
              { key: 'action', label: t('ledger.action'), children: `${entry.data.actionName}（${entry.data.action}）` },
              {
                key: 'subject',
                label: t('ledger.subject'),
                children: `${entry.data.subjectTypeName} ${entry.data.subjectName ?? t('ledger.subjectUnnamed')}`,
              },
              { key: 'subjectId', label: t('ledger.subjectId'), children: <span style={mono}>{entry.data.subjectId}</span> },
              { key: 'digest', label: t('ledger.payloadDigest'), children: <span style={mono}>{entry.data.payloadDigest}</span> },
              { key: 'prev', label: t('ledger.prevHash'), children: <span style={mono}>{entry.data.prevHash}</span> },
              { key: 'hash', label: t('ledger.entryHash'), children: <span style={mono}>{entry.data.entryHash}</span> },
              { key: 'alg', label: t('ledger.algorithmColumn'), children: entry.data.alg },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('ledger.payload')}
          </Typography.Title>
          <pre style={{ ...mono, whiteSpace: 'pre-wrap', background: '#f5f5f5', padding: 12, borderRadius: 6 }}>
            {JSON.stringify(entry.data.payload, null, 2)}
          </pre>
          <Proof seq={seq} />
        </>
      )}
    </Drawer>
  );
}
