import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';

type Valid = { items: { licenceNo: string; content: { matterName: string } }[] };

/**
 * 吊销有关许可证件: which of the party's valid licences the decision revokes. The licence register
 * offers them; a licence issued elsewhere is typed in. The decision revokes those in the register.
 */
export function LicenceNumbersField({ enterpriseId }: { enterpriseId: string | null }) {
  const { t } = useTranslation();
  const measures = Form.useWatch<string[] | undefined>('measures', Form.useFormInstance());
  const revoking = measures?.includes('revokeLicence') ?? false;
  const valid = useQuery({
    queryKey: ['licensing', 'licences', 'list', { enterpriseId, state: 'valid' }],
    queryFn: () => api<Valid>('/api/licensing/licences', { query: { enterpriseId: enterpriseId ?? undefined, state: 'valid', pageSize: 100 } }),
    enabled: revoking && !!enterpriseId,
  });
  if (!revoking) return null;
  return (
    <Form.Item name="licenceNumbers" label={t('cases.licenceNumbers')} extra={t('cases.licenceNumbersHint')}>
      <Select
        mode="tags"
        loading={valid.isFetching}
        options={(valid.data?.items ?? []).map((l) => ({ value: l.licenceNo, label: `${l.content.matterName} ${l.licenceNo}` }))}
      />
    </Form.Item>
  );
}
