import { Alert, Card, Descriptions, Flex, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useDraw } from './api';
import { DrawInputs } from './DrawInputs';
import { DrawResult } from './DrawResult';
import { DrawStatusTag } from './labels';
import { MakeDrawForm } from './MakeDrawForm';

export function DrawPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const draw = useDraw(id);
  if (draw.isError) return <ErrorAlert error={draw.error} />;
  if (!draw.data) return <Spin />;
  const d = draw.data;
  const operator = can(user.roles, 'draw.run');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {d.name} <DrawStatusTag status={d.status} />
        </PageTitle>
        <Space>
          <Link to="/draws">{t('draws.back')}</Link>
          <a href={`/portal/draws/${d.id}`} target="_blank" rel="noreferrer" data-testid="public-link">
            {t('draws.publicPage')}
          </a>
        </Space>
      </Flex>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'matter', label: t('draws.matter'), children: `${d.matterCode} ${d.matterName}` },
            { key: 'org', label: t('draws.org'), children: d.orgName },
            { key: 'drawDate', label: t('draws.drawDate'), children: d.drawDate },
            { key: 'total', label: t('draws.total'), children: d.total },
          ]}
        />
        <h2 style={{ fontSize: 16 }}>{t('draws.inputs')}</h2>
        <DrawInputs draw={d} />
        <div style={{ marginTop: 24 }}>
          {d.status === 'announced' && (operator ? <MakeDrawForm draw={d} /> : <Alert type="info" showIcon title={t('draws.noResultYet')} />)}
          {d.status === 'drawn' && <DrawResult draw={d} operator={operator} />}
        </div>
      </Card>
    </>
  );
}
