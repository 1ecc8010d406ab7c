import { Button, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { POLICE_DECISIONS, RETURN_KINDS, SUPERVISION_RESULTS } from '../../../../src/modules/transfers/codes';
import { DateInput } from '../../app/DateInput';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type ActBodies, type Transfer, useTransferAct } from './api';

// The dialog of one act on a transfer: its fields, and the 确定 that approvals ask for before sending.

type Act = Transfer['acts'][number];
const PATHS: Record<Act, keyof ActBodies> = {
  updatePackage: 'package',
  recordReceipt: 'receipt',
  recordPoliceDecision: 'police-decision',
  requestSupervision: 'supervision',
  recordSupervisionResult: 'supervision-result',
  returnCase: 'return',
  conclude: 'conclude',
};

const required = (message: string) => [{ required: true, message }];

export function ActModal({ x, act, onClose }: { x: Transfer; act: Act; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const send = useTransferAct(PATHS[act]);
  const confirm = act === 'requestSupervision' ? t('transfers.confirmSupervision') : act === 'returnCase' ? t('transfers.confirmReturn') : undefined;
  const submit = useConfirmedSubmit(form, { title: t('transfers.confirmTitle'), done: t('transfers.done'), onDone: onClose });
  const initial: Record<string, unknown> =
    act === 'updatePackage'
      ? {
          persons: x.persons.length ? x.persons : [{}],
          extraMaterials: x.materials.filter((m) => m.kind === 'other').map((m) => ({ name: m.name, note: m.note })),
          procuratorate: x.procuratorate ?? undefined,
          copiedToProcuratorateOn: x.copiedToProcuratorateOn ?? undefined,
          finePaidYuan: x.finePaidYuan,
        }
      : act === 'recordReceipt'
        ? { policeAuthority: x.policeAuthority ?? undefined }
        : act === 'requestSupervision'
          ? { procuratorate: x.procuratorate ?? undefined }
          : act === 'returnCase'
            ? { returnKind: x.state === 'refused' ? 'notFiled' : 'withdrawn', criminalFineYuan: 0 }
            : act === 'conclude'
              ? { criminalFineYuan: 0 }
              : {};
  return (
    <Modal
      open
      width={720}
      title={t(`transfers.acts.${act}`)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name={`transfer-${act}`}
        initialValues={initial}
        onFinish={(v) => submit.confirmThenSend(confirm, () => send.mutateAsync({ ...v, id: x.id, version: x.version } as never))}
      >
        <ActFields act={act} />
      </Form>
    </Modal>
  );
}

function ActFields({ act }: { act: Act }) {
  const { t } = useTranslation();
  const text = (name: string, label: string, rows = 3) => (
    <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, message: label }]}>
      <Input.TextArea rows={rows} maxLength={4000} />
    </Form.Item>
  );
  const date = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={required(label)}>
      <DateInput />
    </Form.Item>
  );
  const line = (name: string, label: string, must = true) => (
    <Form.Item name={name} label={label} rules={must ? [{ required: true, whitespace: true, message: label }] : []}>
      <Input maxLength={100} />
    </Form.Item>
  );
  const yuan = (name: string, label: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  switch (act) {
    case 'updatePackage':
      return (
        <>
          <Form.List name="persons">
            {(fields, { add, remove }) => (
              <Form.Item label={t('transfers.persons')}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} wrap>
                    <Form.Item name={[f.name, 'name']} rules={required(t('transfers.personName'))} style={{ flex: 1 }}>
                      <Input placeholder={t('transfers.personName')} aria-label={t('transfers.personName')} maxLength={30} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'role']} rules={required(t('transfers.personRole'))} style={{ flex: 1 }}>
                      <Input placeholder={t('transfers.personRole')} aria-label={t('transfers.personRole')} maxLength={30} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'idNumber']} style={{ flex: 1 }}>
                      <Input placeholder={t('transfers.personId')} aria-label={t('transfers.personId')} maxLength={30} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>{t('transfers.remove')}</Button>
                  </Flex>
                ))}
                <Button onClick={() => add({})} data-testid="transfer-add-person">
                  {t('transfers.addPerson')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <Form.List name="extraMaterials">
            {(fields, { add, remove }) => (
              <Form.Item label={t('transfers.materialKinds.other')}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} wrap>
                    <Form.Item name={[f.name, 'name']} rules={required(t('transfers.materialName'))} style={{ flex: 2 }}>
                      <Input placeholder={t('transfers.materialName')} aria-label={t('transfers.materialName')} maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'note']} style={{ flex: 2 }}>
                      <Input placeholder={t('transfers.materialNote')} aria-label={t('transfers.materialNote')} maxLength={200} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>{t('transfers.remove')}</Button>
                  </Flex>
                ))}
                <Button onClick={() => add({ note: '' })}>{t('transfers.addMaterial')}</Button>
              </Form.Item>
            )}
          </Form.List>
          {line('procuratorate', t('transfers.procuratorate'))}
          {date('copiedToProcuratorateOn', t('transfers.copiedOn'))}
          {yuan('finePaidYuan', t('transfers.finePaid'))}
        </>
      );
    case 'recordReceipt':
      return (
        <>
          {line('policeAuthority', t('transfers.policeAuthority'))}
          {date('receivedOn', t('transfers.receivedOn'))}
          {line('receiptNumber', t('transfers.receiptNumber'), false)}
          {line('receivedByName', t('transfers.receivedBy'))}
        </>
      );
    case 'recordPoliceDecision':
      return (
        <>
          <Form.Item name="decision" label={t('transfers.policeDecision')} rules={required(t('transfers.policeDecision'))}>
            <Select options={POLICE_DECISIONS.map((d) => ({ value: d, label: t(`transfers.policeDecisions.${d}`) }))} />
          </Form.Item>
          {date('decidedOn', t('transfers.decidedOn'))}
          {line('noticeNumber', t('transfers.noticeNumber'), false)}
          {date('noticeReceivedOn', t('transfers.noticeReceivedOn'))}
          <Form.Item name="reasons" label={t('transfers.reasons')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'requestSupervision':
      return (
        <>
          {line('procuratorate', t('transfers.procuratorate'))}
          {date('requestedOn', t('transfers.requestedOn'))}
          {text('reasons', t('transfers.supervisionReasons'))}
        </>
      );
    case 'recordSupervisionResult':
      return (
        <>
          <Form.Item name="result" label={t('transfers.supervisionResult')} rules={required(t('transfers.supervisionResult'))}>
            <Select options={SUPERVISION_RESULTS.map((r) => ({ value: r, label: t(`transfers.supervisionResults.${r}`) }))} />
          </Form.Item>
          {date('resultOn', t('transfers.resultOn'))}
          {text('resultText', t('transfers.resultText'))}
        </>
      );
    case 'returnCase':
      return (
        <>
          <Form.Item name="returnKind" label={t('transfers.returnKind')} rules={required(t('transfers.returnKind'))}>
            <Select options={RETURN_KINDS.map((k) => ({ value: k, label: t(`transfers.returnKinds.${k}`) }))} />
          </Form.Item>
          {date('returnedOn', t('transfers.returnedOn'))}
          {text('opinion', t('transfers.returnOpinion'))}
          {yuan('criminalFineYuan', t('transfers.criminalFine'))}
        </>
      );
    case 'conclude':
      return (
        <>
          {date('concludedOn', t('transfers.concludedOn'))}
          {text('outcome', t('transfers.outcome'))}
          {yuan('criminalFineYuan', t('transfers.criminalFine'))}
        </>
      );
    default:
      return null;
  }
}
