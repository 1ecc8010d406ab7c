import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsistencyBundle, ProofBundle, PublishedDocument, SignedCheckpoint, Verification } from '../../../src/modules/disclosure/contract';
import { copyMatches, stillConsistent, verifyProof } from '../../../src/modules/disclosure/portal-verify';
import { api } from '../app/api';
import { SectionTitle } from './PortalLayout';

const mark = (ok: boolean) => (
  <span aria-hidden style={{ color: ok ? '#237804' : '#a8071a', fontWeight: 700, marginInlineEnd: 6 }}>
    {ok ? '✓' : '✗'}
  </span>
);

/** The newest signed checkpoint must extend the proof's one: nothing recorded was rewritten since. */
async function notRewrittenSince(cp: SignedCheckpoint): Promise<boolean> {
  try {
    const newest = (await api<{ items: SignedCheckpoint[] }>('/api/public/ledger/checkpoints')).items[0];
    if (!newest || newest.treeSize <= cp.treeSize) return newest?.treeSize === cp.treeSize && newest.rootHash === cp.rootHash;
    return await stillConsistent(cp, await api<ConsistencyBundle>('/api/public/ledger/consistency', { query: { from: cp.treeSize, to: newest.treeSize } }));
  } catch {
    return false;
  }
}

/**
 * 验证: the visitor's browser recomputes the document's digest, the ledger entry's hash, the
 * Merkle inclusion proof, the checkpoint's SM2 signature (pure TS SM3/SM2) and the newest
 * checkpoint's consistency with it. The server supplies data only, never a verdict.
 */
export function ProofPanel({ proof, document }: { proof: ProofBundle; document: PublishedDocument }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Verification | null>(null);
  const [busy, setBusy] = useState(false);
  const cp = proof.checkpoint;
  const run = async () => {
    setBusy(true);
    try {
      const proven = await verifyProof(proof, document);
      const consistent = await notRewrittenSince(proof.checkpoint);
      setResult({
        ok: proven.ok && consistent,
        checks: [...proven.checks, { check: 'consistency', ok: consistent }],
        failed: proven.failed ?? (consistent ? null : 'consistency'),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card id="verify" title={<SectionTitle>{t('portal.verify.title')}</SectionTitle>} style={{ marginTop: 16 }}>
      <Typography.Paragraph>{t('portal.verify.hint')}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'seq', label: t('portal.verify.entrySeq'), children: proof.entry.seq },
          { key: 'alg', label: t('portal.verify.alg'), children: `${proof.entry.alg.toUpperCase()} / SM2` },
          { key: 'cp', label: t('portal.verify.checkpoint'), children: t('portal.verify.checkpointText', { size: cp.treeSize, at: cp.at }) },
          { key: 'root', label: t('portal.verify.rootHash'), children: <code style={{ wordBreak: 'break-all' }}>{cp.rootHash}</code> },
          { key: 'key', label: t('portal.verify.keyId'), children: <code>{cp.keyId}</code> },
        ]}
      />
      <Button type="primary" size="large" onClick={run} loading={busy} style={{ marginTop: 16 }} data-testid="verify-button">
        {t('portal.verify.run')}
      </Button>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {result && (
          <>
            <ul style={{ listStyle: 'none', padding: 0 }} data-testid="verify-checks">
              {result.checks.map((c) => (
                <li key={c.check} style={{ marginBottom: 6 }}>
                  {mark(c.ok)}
                  <strong>{t(`portal.verify.checks.${c.check}`)}</strong>：{c.ok ? t('portal.verify.passed') : t('portal.verify.failed')}
                </li>
              ))}
            </ul>
            <Alert
              type={result.ok ? 'success' : 'error'}
              showIcon
              title={
                <span data-testid="verify-result">
                  {result.ok ? t('portal.verify.ok') : t('portal.verify.notOk', { check: t(`portal.verify.checks.${result.failed ?? 'format'}`) })}
                </span>
              }
              description={!result.ok && result.detail ? result.detail : undefined}
            />
          </>
        )}
      </div>
    </Card>
  );
}

/** 比对副本: does a copy someone holds say exactly what was published? */
export function CopyCheck({ proof }: { proof: ProofBundle }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<boolean | null>(null);
  const load = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    setMatches(null);
  };
  return (
    <Card id="copy" title={<SectionTitle>{t('portal.copy.title')}</SectionTitle>} style={{ marginTop: 16 }}>
      <Typography.Paragraph>{t('portal.copy.hint')}</Typography.Paragraph>
      <label htmlFor="copy-text" style={{ display: 'block', marginBottom: 4 }}>
        {t('portal.copy.paste')}
      </label>
      <Input.TextArea
        id="copy-text"
        rows={6}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setMatches(null);
        }}
      />
      {/* antd's Upload instead of a bare file input, whose button and "no file chosen" the browser
          words in its own language; the file is read here and never sent anywhere. */}
      <div style={{ margin: '12px 0 4px' }}>
        <Upload
          accept=".txt,text/plain"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void load(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('portal.copy.upload')}</Button>
        </Upload>
      </div>
      <Space style={{ display: 'flex', marginTop: 12 }}>
        <Button onClick={() => setMatches(copyMatches(proof, text))} disabled={!text} data-testid="copy-check">
          {t('portal.copy.check')}
        </Button>
      </Space>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {matches !== null && (
          <Alert
            type={matches ? 'success' : 'error'}
            showIcon
            title={<span data-testid="copy-result">{matches ? t('portal.copy.matches') : t('portal.copy.differs')}</span>}
          />
        )}
      </div>
    </Card>
  );
}
