import { Alert, App, Button, Divider, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { useReportError } from '../../app/feedback';
import { useCreateEnterprise, useUpdateEnterprise, type Enterprise } from './api';
import { ContactsField } from './ContactsField';
import { EnterpriseFormFields } from './EnterpriseFormFields';
import { formPath, NEW_ENTERPRISE, toCreateBody, toFormValues, toUpdateBody, type EnterpriseFormValues } from './formValues';

interface Props {
  /** The enterprise to edit; absent to register a new one. */
  enterprise?: Enterprise;
  onClose: () => void;
  onSaved?: (saved: Enterprise) => void;
  /** Re-reads the enterprise after a 409; the parent remounts the modal with the new version. */
  onReload?: () => void;
}

export function EnterpriseFormModal({ enterprise, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise();
  const [stale, setStale] = useState(false);
  const editing = enterprise !== undefined;

  function onError(error: unknown) {
    // A 409 on the version is another officer's save; a 409 on the USCC is a duplicate code.
    if (editing && error instanceof ApiError && error.status === 409 && error.field !== 'uscc') {
      setStale(true);
      return;
    }
    const path = error instanceof ApiError ? formPath(error.field) : null;
    if (path && error instanceof ApiError) {
      form.setFields([{ name: path, errors: [error.message] }]);
      form.scrollToField(path);
      return;
    }
    reportError(error);
  }

  async function onFinish(values: EnterpriseFormValues) {
    try {
      const saved = enterprise
        ? await update.mutateAsync({ id: enterprise.id, body: toUpdateBody(values, enterprise) })
        : await create.mutateAsync(toCreateBody(values));
      void message.success(t(editing ? 'enterpriseForm.saved' : 'enterpriseForm.created'));
      onClose();
      onSaved?.(saved);
    } catch (error) {
      onError(error);
    }
  }

  return (
    <Modal
      open
      width={920}
      title={enterprise ? t('enterpriseForm.editTitle', { name: enterprise.name }) : t('enterpriseForm.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: stale }}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      // Next to the save button, where the officer is looking when the save is refused.
      footer={(buttons) => (
        <>
          {stale && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('enterpriseForm.stale')}
              style={{ marginBottom: 12, textAlign: 'start' }}
              action={
                onReload && (
                  <Button size="small" type="primary" onClick={onReload}>
                    {t('enterpriseForm.reload')}
                  </Button>
                )
              }
            />
          )}
          {buttons}
        </>
      )}
    >
      <Form<EnterpriseFormValues>
        form={form}
        name="enterprise"
        layout="vertical"
        initialValues={enterprise ? toFormValues(enterprise) : NEW_ENTERPRISE}
        onFinish={(v) => void onFinish(v)}
        scrollToFirstError
      >
        <EnterpriseFormFields editing={editing} />
        <Divider />
        <ContactsField />
      </Form>
    </Modal>
  );
}
