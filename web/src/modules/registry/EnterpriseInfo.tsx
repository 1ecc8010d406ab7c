import { Descriptions, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { industryLabel } from '../../../../src/modules/registry/industries';
import { formatDateTime } from '../../app/format';
import type { Contact, Enterprise } from './api';
import { KeyCategoryTags, RiskTag, StatusTag } from './EnterpriseTags';
import { enumLabel, fieldLabel } from './labels';

function SubTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
      {children}
    </Typography.Title>
  );
}

export function EnterpriseInfo({ enterprise: e }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const label = (field: string) => fieldLabel(t, field);

  const contactColumns: TableColumnsType<Contact> = [
    { title: t('enterpriseForm.contactName'), dataIndex: 'name', key: 'name' },
    { title: t('enterpriseForm.contactTitle'), dataIndex: 'title', key: 'title' },
    { title: t('enterpriseForm.contactPhone'), dataIndex: 'phone', key: 'phone' },
  ];

  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'uscc', label: label('uscc'), children: <Typography.Text copyable>{e.uscc}</Typography.Text> },
          { key: 'name', label: label('name'), children: e.name },
          { key: 'legalRepresentative', label: label('legalRepresentative'), children: e.legalRepresentative },
          { key: 'principalPerson', label: label('principalPerson'), children: e.principalPerson },
          { key: 'address', label: label('address'), children: e.address, span: 'filled' },
          { key: 'regionCode', label: label('regionCode'), children: e.regionCode },
          { key: 'orgId', label: label('orgId'), children: e.orgName },
          { key: 'industryCode', label: label('industryCode'), children: industryLabel(e.industryCode) },
          { key: 'size', label: label('size'), children: enumLabel(t, 'size', e.size) },
          { key: 'riskGrade', label: label('riskGrade'), children: <RiskTag grade={e.riskGrade} /> },
          { key: 'status', label: label('status'), children: <StatusTag status={e.status} /> },
          {
            key: 'standardizationGrade',
            label: label('standardizationGrade'),
            children: enumLabel(t, 'standardizationGrade', e.standardizationGrade),
          },
          { key: 'keyCategories', label: label('keyCategories'), children: <KeyCategoryTags categories={e.keyCategories} /> },
          { key: 'version', label: t('enterprises.version'), children: e.version },
          { key: 'updatedAt', label: t('enterprises.updatedAt'), children: formatDateTime(e.updatedAt) },
        ]}
      />
      <SubTitle>{label('contacts')}</SubTitle>
      <Table<Contact>
        rowKey={(c) => `${c.name}/${c.phone}`}
        size="small"
        columns={contactColumns}
        dataSource={e.contacts}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
