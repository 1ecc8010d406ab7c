import { Typography } from 'antd';

/** A hex digest, monospaced, wrapping anywhere (phones), with a copy button. */
export function Digest({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Typography.Text code copyable style={{ wordBreak: 'break-all', fontSize: 12 }}>
      {value}
    </Typography.Text>
  );
}
