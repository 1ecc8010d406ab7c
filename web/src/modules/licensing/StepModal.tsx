import { Button, Form, Modal, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type ApplicationDetail, type ApplicationSteps, type StepCall, useApplicationStep } from './api';

interface Props<S extends keyof ApplicationSteps, V> {
  application: ApplicationDetail;
  step: S;
  /** The button and the dialog's title. */
  label: string;
  buttonProps?: ButtonProps;
  width?: number;
  /** The form's fields; the dialog's own content above them. */
  children: ReactNode;
  initialValues?: Partial<V>;
  body: (values: V) => Omit<ApplicationSteps[S], 'version'>;
  /** Asked once more before sending, when the step cannot be taken back. */
  confirm?: (values: V) => ReactNode;
  done: string;
}

/** A step of the application that needs a form (reasons, dates): the button, its dialog, an optional confirmation. */
export function StepModal<S extends keyof ApplicationSteps, V extends object>({
  application,
  step,
  label,
  buttonProps,
  width = 560,
  children,
  initialValues,
  body,
  confirm,
  done,
}: Props<S, V>) {
  const { t } = useTranslation();
  const run = useApplicationStep();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();

  const submit = useConfirmedSubmit(form, { title: label, done, onDone: () => setOpen(false) });

  function finish(v: V) {
    submit.confirmThenSend(confirm?.(v), () => run.mutateAsync({ id: application.id, step, body: { ...body(v), version: application.version } } as StepCall));
  }

  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <Modal
          open
          width={width}
          title={label}
          onCancel={() => setOpen(false)}
          onOk={() => form.submit()}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          confirmLoading={run.isPending}
        >
          <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={finish} preserve={false}>
            {children}
          </Form>
        </Modal>
      )}
    </>
  );
}
