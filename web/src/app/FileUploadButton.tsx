import { UploadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Progress } from 'antd';
import { type ChangeEvent, type InputHTMLAttributes, useRef, useState } from 'react';
import { useReportError } from './feedback';

export interface FileUploadButtonProps {
  label: string;
  /** For the button and the input, when the label alone does not say what for (one per material). */
  ariaLabel?: string;
  accept: string;
  capture?: InputHTMLAttributes<HTMLInputElement>['capture'];
  size?: ButtonProps['size'];
  /** On the input, where the e2e tests set their files. */
  testId: string;
  /** The message shown when a file is not to be sent, or null to send it. */
  check: (file: File) => string | null;
  /** Sends one file; a failure is reported and the next file still goes. */
  send: (file: File, onProgress: (percent: number) => void) => Promise<unknown>;
  /** A bar for the file being sent, for sends that report progress. */
  showProgress?: boolean;
  /** After the whole pick, whatever came of it (a refetch). */
  onDone?: () => unknown;
}

/** Picks files and sends them one by one. */
export function FileUploadButton({ label, ariaLabel, accept, capture, size, testId, check, send, showProgress, onDone }: FileUploadButtonProps) {
  const { message } = App.useApp();
  const reportError = useReportError();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  async function onChange(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    // Else picking the same file again fires no change.
    e.target.value = '';
    setBusy(true);
    try {
      for (const file of files) {
        const problem = check(file);
        if (problem) {
          void message.error(problem);
          continue;
        }
        setProgress(0);
        try {
          await send(file, setProgress);
        } catch (error) {
          reportError(error);
        } finally {
          setProgress(null);
        }
      }
    } finally {
      setBusy(false);
      await onDone?.();
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        capture={capture}
        multiple
        hidden
        onChange={(e) => void onChange(e)}
        aria-label={ariaLabel ?? label}
        data-testid={testId}
      />
      <Button size={size} icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()} aria-label={ariaLabel}>
        {label}
      </Button>
      {showProgress && progress !== null && <Progress percent={progress} size="small" />}
    </>
  );
}
