import { Alert, App, Form, Input, Modal, Radio, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_ITEMS, REVIEW_ITEM_NAMES, REVIEW_OUTCOMES, type ReviewOutcome } from '../../../../src/modules/cases/workflow/review';
import { ApiError, errorText } from '../../app/api';
import { useSubmitReview, type CaseDetail } from './api';

type Values = { outcome: ReviewOutcome; opinion?: string } & Record<string, boolean | string | undefined>;

/** 法制审核: every checklist item answered, a note on each one that fails, then the outcome. */
export function ReviewModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submitReview = useSubmitReview(detail.id);
  const [error, setError] = useState<unknown>(null);
  const initial = Object.fromEntries(REVIEW_ITEM_NAMES.map((k) => [`${k}.ok`, true]));

  async function submit(v: Values) {
    setError(null);
    const checklist = Object.fromEntries(
      REVIEW_ITEM_NAMES.map((k) => [k, { ok: v[`${k}.ok`] === true, note: (v[`${k}.note`] as string | undefined) || null }]),
    ) as Parameters<typeof submitReview.mutateAsync>[0]['checklist'];
    try {
      await submitReview.mutateAsync({ checklist, outcome: v.outcome, opinion: v.opinion ?? '', version: detail.version });
      void message.success(t('common.done', { what: t('cases.review') }));
      onClose();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={t('cases.review')}
      okText={t('cases.confirm')}
      onOk={() => form.submit()}
      confirmLoading={submitReview.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorText(error)}
          description={error instanceof ApiError && error.article ? t('cases.article', { article: error.article }) : undefined}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ ...initial, outcome: 'pass' }}>
        {REVIEW_ITEM_NAMES.map((k) => (
          <Form.Item key={k} label={REVIEW_ITEMS[k]} style={{ marginBottom: 8 }}>
            <Form.Item name={`${k}.ok`} valuePropName="checked" noStyle>
              <Switch checkedChildren={t('cases.itemOk')} unCheckedChildren={t('cases.itemNotOk')} aria-label={REVIEW_ITEMS[k]} />
            </Form.Item>
            <Form.Item name={`${k}.note`} noStyle>
              <Input placeholder={t('cases.itemNote')} style={{ marginTop: 4 }} maxLength={1000} />
            </Form.Item>
          </Form.Item>
        ))}
        <Form.Item name="outcome" label={t('cases.outcome')}>
          <Radio.Group options={(Object.keys(REVIEW_OUTCOMES) as ReviewOutcome[]).map((o) => ({ value: o, label: REVIEW_OUTCOMES[o] }))} />
        </Form.Item>
        <Form.Item name="opinion" label={t('cases.reviewOpinion')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
