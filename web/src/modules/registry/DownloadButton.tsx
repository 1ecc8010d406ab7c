import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useReportError } from '../../app/feedback';
import { download } from './transfer';

interface Props {
  path: string;
  /** Used when the server's answer names no file. */
  fallbackName: string;
  query?: Record<string, string | number | undefined | null>;
  children: ReactNode;
  type?: 'default' | 'primary' | 'link';
  size?: 'small' | 'middle' | 'large';
  'data-testid'?: string;
}

/** Downloads a server-generated file; large exports take a while, so the button shows it. */
export function DownloadButton({ path, fallbackName, query, children, type, size, 'data-testid': testId }: Props) {
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    try {
      await download(path, fallbackName, query);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button type={type} size={size} icon={<DownloadOutlined />} loading={busy} onClick={() => void onClick()} data-testid={testId}>
      {children}
    </Button>
  );
}
