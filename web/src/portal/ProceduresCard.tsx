import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../app/feedback';
import { useProcedures } from './api';
import { SectionTitle } from './PortalLayout';

/** 行政处罚的简易程序与普通程序, each step with the article it comes from. */
export function ProceduresCard() {
  const { t } = useTranslation();
  const procedures = useProcedures();
  return (
    <Card id="procedures" title={<SectionTitle>{t('portal.prior.sections.procedures')}</SectionTitle>} style={{ marginTop: 16 }} loading={procedures.isLoading}>
      {procedures.isError && <ErrorAlert error={procedures.error} />}
      {(procedures.data ?? []).map((p) => (
        <section key={p.key} style={{ marginBottom: 16 }}>
          <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{p.name}</h3>
          <Typography.Paragraph>
            {p.scope}（{p.basis.law}
            {p.basis.article}）
          </Typography.Paragraph>
          <ol style={{ paddingInlineStart: 24, margin: 0 }}>
            {p.steps.map((s) => (
              <li key={s.name} style={{ marginBottom: 6 }}>
                <strong>{s.name}</strong>：{s.detail}
                <Typography.Text type="secondary">
                  （{s.basis.law}
                  {s.basis.article}）
                </Typography.Text>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Card>
  );
}
