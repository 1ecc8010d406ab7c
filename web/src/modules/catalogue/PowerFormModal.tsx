import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ENFORCEMENT_LEVELS,
  POWER_KINDS,
  type EnforcementLevel,
  type EnforcementMatter,
  type PowerKind,
} from '../../../../src/modules/catalogue/standards/types';
import type { PowerItemOut } from './api';
import { ownVersion } from './EntrySource';
import { useSavePowerItem } from './lists-api';
import { RefusalAlert, useRefusal } from './Refusal';

interface Props {
  orgId: string;
  orgName: string;
  regionCode: string;
  /** The power item in force being edited (or restored) and its matters; absent for a new one. */
  entry?: { item: PowerItemOut; matters: EnforcementMatter[] };
  onClose: () => void;
}

interface FormValues {
  code: string;
  kind: PowerKind;
  name: string;
  basis: string;
  subject: string;
  responsibilities?: string;
  accountability?: string;
  matters: { code: string; name: string; level: EnforcementLevel }[];
}

const long = { autoSize: { minRows: 2, maxRows: 8 } } as const;

/** 编辑 / 新增 权责清单事项 with its 行政执法事项: saved as the org's own version for its subtree. */
export function PowerFormModal({ orgId, orgName, regionCode, entry, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSavePowerItem();
  const { refusal, clear, handle } = useRefusal(form);
  const item = entry?.item;

  async function onFinish({ code, ...v }: FormValues) {
    clear();
    try {
      await save.mutateAsync({ code: item?.code ?? code.trim(), body: { ...v, orgId, version: ownVersion(item, orgId), matters: v.matters ?? [] } });
      void message.success(t(item?.withdrawn ? 'orgLists.restored' : 'orgLists.saved'));
      onClose();
    } catch (error) {
      handle(error);
    }
  }

  const initialValues: Partial<FormValues> = item
    ? {
        code: item.code,
        kind: item.kind,
        name: item.name,
        basis: item.basis,
        subject: item.subject,
        responsibilities: item.responsibilities,
        accountability: item.accountability,
        matters: entry.matters.map(({ code, name, level }) => ({ code, name, level })),
      }
    : { code: `${regionCode}-`, kind: '行政检查', subject: orgName, matters: [{ code: '', name: '', level: 'county' }] };

  return (
    <Modal
      open
      width={900}
      title={item ? t('powers.editTitle', { code: item.code }) : t('powers.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      footer={(buttons) => (
        <>
          <RefusalAlert refusal={refusal} />
          {buttons}
        </>
      )}
    >
      <Typography.Paragraph type="secondary">{t('orgLists.editingFor', { org: orgName })}</Typography.Paragraph>
      <Form<FormValues> form={form} name="powerItem" layout="vertical" initialValues={initialValues} onFinish={(v) => void onFinish(v)} scrollToFirstError>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="code"
              label={t('orgLists.code')}
              extra={item ? undefined : t('orgLists.codeHint', { prefix: `${regionCode}-` })}
              rules={[{ required: true, whitespace: true, max: 40, message: t('orgLists.codeRequired') }]}
            >
              <Input disabled={Boolean(item)} maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('powers.kind')} rules={[{ required: true }]}>
              <Select options={POWER_KINDS.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('powers.name')} rules={[{ required: true, whitespace: true, min: 2, max: 300, message: t('powers.nameRequired') }]}>
          <Input.TextArea {...long} maxLength={300} />
        </Form.Item>
        <Form.Item
          name="basis"
          label={t('powers.basis')}
          extra={t('powers.basisHint')}
          rules={[{ required: true, whitespace: true, max: 1000, message: t('powers.basisRequired') }]}
        >
          <Input.TextArea {...long} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('powers.subject')}
          rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('powers.subjectRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="responsibilities" label={t('powers.responsibilities')}>
          <Input.TextArea {...long} maxLength={4000} />
        </Form.Item>
        <Form.Item name="accountability" label={t('powers.accountability')}>
          <Input.TextArea {...long} maxLength={4000} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          {t('powers.mattersTitle')}
        </Typography.Title>
        <Form.List name="matters">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Row key={key} gutter={8} align="top">
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={[name, 'code']}
                      aria-label={t('powers.matterCode')}
                      rules={[{ required: true, whitespace: true, max: 40, message: t('powers.matterCodeRequired') }]}
                    >
                      <Input placeholder={t('powers.matterCode')} maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, min: 2, max: 300, message: t('powers.matterNameRequired') }]}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('powers.matterName')} maxLength={300} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={5}>
                    <Form.Item name={[name, 'level']} rules={[{ required: true }]}>
                      <Select aria-label={t('powers.level')} options={ENFORCEMENT_LEVELS.map((l) => ({ value: l, label: t(`orgLevels.${l}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('powers.removeMatter')} onClick={() => remove(name)} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ code: '', name: '', level: 'county' })}>
                {t('powers.addMatter')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
