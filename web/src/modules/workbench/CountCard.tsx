import { Card, Statistic, Typography } from 'antd';
import { errorText } from '../../app/api';

/** A count card; errors show in place so one failing API does not blank the workbench. */
export function CountCard({ title, value, error }: { title: string; value: number | undefined; error: unknown }) {
  return (
    <Card>
      <Statistic title={title} value={value ?? '-'} loading={value === undefined && error == null} />
      {error != null && <Typography.Text type="danger">{errorText(error)}</Typography.Text>}
    </Card>
  );
}
