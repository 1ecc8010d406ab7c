import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMBER_KINDS } from '../../../../src/modules/deliberations/codes';
import { usePeople } from '../people/api';

/** The members of a meeting as a form list: who, in what capacity, present or absent and why. */
export function MembersFields({ orgId }: { orgId: string | undefined }) {
  const { t } = useTranslation();
  const people = usePeople({ orgId }, 1, 200, !!orgId);
  const options = (people.data?.items ?? []).filter((p) => p.orgId === orgId && p.status === 'active').map((p) => ({ value: p.id, label: p.displayName }));
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Flex key={f.key} gap={8} wrap align="start" data-testid="deliberation-member-row">
              <Form.Item name={[f.name, 'userId']} rules={[{ required: true, message: t('deliberations.member') }]} style={{ minWidth: 160 }}>
                <Select showSearch optionFilterProp="label" options={options} placeholder={t('deliberations.member')} aria-label={t('deliberations.member')} />
              </Form.Item>
              <Form.Item name={[f.name, 'kind']} style={{ minWidth: 150 }}>
                <Select
                  options={MEMBER_KINDS.map((k) => ({ value: k, label: t(`deliberations.memberKinds.${k}`) }))}
                  aria-label={t('deliberations.memberKind')}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'present']} valuePropName="checked">
                <Switch checkedChildren={t('deliberations.present')} unCheckedChildren={t('deliberations.absent')} aria-label={t('deliberations.present')} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) =>
                  getFieldValue(['members', f.name, 'present']) === false && (
                    <Form.Item name={[f.name, 'absenceReason']} rules={[{ required: true, whitespace: true, message: t('deliberations.absenceReason') }]}>
                      <Input maxLength={200} placeholder={t('deliberations.absenceReason')} aria-label={t('deliberations.absenceReason')} />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('deliberations.remove')} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'member', present: true })}>
            {t('deliberations.addMember')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
