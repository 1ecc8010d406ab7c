import { Descriptions, Typography } from 'antd';
import type { PublicDocumentOut } from '../../../../src/modules/exposures/contract';

/** A published document as the portal shows it: its fields and its (redacted) text. */
export function PublicDocumentView({ doc }: { doc: PublicDocumentOut }) {
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 17 }}>
        {doc.title}
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        {doc.fields.map((f) => (
          <Descriptions.Item key={f.label} label={f.label}>
            {f.value}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{doc.text}</Typography.Paragraph>
    </>
  );
}
