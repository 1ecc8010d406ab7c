import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { PageTitle } from '../../app/Layout';
import { EXPORT_URL } from './api';
import { DownloadButton } from './DownloadButton';
import { EnterpriseFilters } from './EnterpriseFilters';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseTable } from './EnterpriseTable';
import { useEnterpriseQuery } from './useEnterpriseQuery';

export function EnterprisesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { filter, page, pageSize, setFilter, clearFilter, setPage } = useEnterpriseQuery();
  const [adding, setAdding] = useState(false);
  const mayEdit = can(user.roles, 'enterprise.edit');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('enterprises.title')}</PageTitle>
        <Flex gap={8} wrap>
          {mayEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('enterprises.add')}
            </Button>
          )}
          {mayEdit && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/enterprises/import')}>
              {t('enterprises.import')}
            </Button>
          )}
          <DownloadButton path={EXPORT_URL} fallbackName={t('enterprises.exportFileName')} query={filter} data-testid="enterprise-export">
            {t('enterprises.export')}
          </DownloadButton>
        </Flex>
      </Flex>
      <Card>
        <EnterpriseFilters filter={filter} onChange={setFilter} onClear={clearFilter} />
        <EnterpriseTable filter={filter} page={page} pageSize={pageSize} onPage={setPage} />
      </Card>
      {adding && <EnterpriseFormModal onClose={() => setAdding(false)} onSaved={(e) => navigate(`/enterprises/${e.id}`)} />}
    </>
  );
}
