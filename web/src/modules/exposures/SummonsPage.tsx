import { Button, Card, Descriptions, Flex, Form, Input, Modal, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useConfirmedSubmit } from '../../app/useConfirmedSubmit';
import { type FollowUpBody, type Summons, useFollowUp, useSummons } from './api';
import { SummonsStateTag } from './labels';

/** One summons: who summoned whom, the matters, the commitments, and the follow-up. */
export function SummonsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useSummons(id);
  const [following, setFollowing] = useState(false);
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Spin />;
  const s = query.data;
  const item = (key: string, value: string | null) => (
    <Descriptions.Item
      label={t(`exposures.summons.${key}` as 'exposures.summons.place')}
      span={key === 'matters' || key === 'commitments' || key === 'result' ? 2 : 1}
    >
      <span style={{ whiteSpace: 'pre-wrap' }}>{value ?? '—'}</span>
    </Descriptions.Item>
  );
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{`${s.heldOn} ${t('exposures.summons.title')}：${s.targetName}`}</PageTitle>
        <Flex gap={8} wrap>
          {s.state === 'recorded' && can(user.roles, 'summons.record') && (
            <Button type="primary" onClick={() => setFollowing(true)} data-testid="summons-follow-up">
              {t('exposures.summons.followUp')}
            </Button>
          )}
          <Link to="/exposures/summons">
            <Button>{t('exposures.back')}</Button>
          </Link>
        </Flex>
      </Flex>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="summons-detail">
          <Descriptions.Item label={t('exposures.state')}>
            <SummonsStateTag state={s.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('exposures.summons.target')}>{t(`exposures.targets.${s.targetKind}`)}</Descriptions.Item>
          {item('org', s.orgName)}
          {item('targetName', s.targetName)}
          {item('heldOn', s.heldOn)}
          {item('place', s.place)}
          {item('summoners', s.summoners)}
          {item('summoned', s.summoned)}
          {item('matters', s.matters)}
          {item('commitments', s.commitments)}
          {item('followUpOn', s.followUpOn)}
          {item('recordedBy', s.recordedByName)}
          {item('followedUpOn', s.followedUpOn)}
          {item('result', s.followUpResult)}
        </Descriptions>
      </Card>
      {following && <FollowUpModal s={s} onClose={() => setFollowing(false)} />}
    </>
  );
}

function FollowUpModal({ s, onClose }: { s: Summons; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FollowUpBody>();
  const followUp = useFollowUp();
  const submit = useConfirmedSubmit(form, { title: t('exposures.summons.followUpTitle'), done: t('exposures.summons.followedUp'), onDone: onClose });
  return (
    <Modal
      open
      title={t('exposures.summons.followUpTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
    >
      <Form<FollowUpBody>
        form={form}
        layout="vertical"
        name="summonsFollowUp"
        onFinish={(v) => submit.send(() => followUp.mutateAsync([s.id, { ...v, version: s.version }]))}
      >
        <Form.Item name="followedUpOn" label={t('exposures.summons.followedUpOn')} rules={[{ required: true, message: t('exposures.required') }]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="result" label={t('exposures.summons.result')} rules={[{ required: true, whitespace: true, min: 4, message: t('exposures.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
