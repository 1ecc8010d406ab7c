import { App, Button, Flex, Input, Modal, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../../src/modules/plans/contract';
import { nextStatus } from '../../../../src/modules/plans/rules';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { useMovePlan, type Plan } from './api';

/** 职责分离: the server refuses an approval by anyone who wrote or submitted the plan. */
const wroteOrSubmitted = (plan: Plan, userId: string) => plan.editorIds.includes(userId) || plan.submittedBy === userId;

/** The steps the plan's status allows and the user's roles permit. */
export function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const reportError = useReportError();
  const move = useMovePlan();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');

  const allowed = (a: PlanAction) => !('problem' in nextStatus(plan.status, a)) && can(user.roles, a === 'submit' ? 'plan.edit' : 'plan.approve');

  async function run(action: PlanAction, why?: string) {
    try {
      await move.mutateAsync({ id: plan.id, action, version: plan.version, reason: why });
      void message.success(t(`plans.moved.${action}`));
      setReturning(false);
      setReason('');
    } catch (error) {
      reportError(error);
    }
  }

  const busy = move.isPending;
  const barred = wroteOrSubmitted(plan, user.id);
  return (
    <Flex gap={8} wrap>
      {allowed('submit') && (
        <Popconfirm title={t('plans.confirmSubmit')} onConfirm={() => run('submit')} okText={t('common.ok')} cancelText={t('common.cancel')}>
          <Button type="primary" loading={busy}>
            {t('plans.actions.submit')}
          </Button>
        </Popconfirm>
      )}
      {allowed('approve') && (
        <Tooltip title={barred ? t('plans.separation') : undefined}>
          <Popconfirm
            title={t('plans.confirmApprove')}
            disabled={barred}
            onConfirm={() => run('approve')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
          >
            <Button type="primary" disabled={barred} loading={busy}>
              {t('plans.actions.approve')}
            </Button>
          </Popconfirm>
        </Tooltip>
      )}
      {allowed('publish') && (
        <Popconfirm title={t('plans.confirmPublish')} onConfirm={() => run('publish')} okText={t('common.ok')} cancelText={t('common.cancel')}>
          <Button type="primary" loading={busy}>
            {t('plans.actions.publish')}
          </Button>
        </Popconfirm>
      )}
      {allowed('return') && (
        <Button danger loading={busy} onClick={() => setReturning(true)}>
          {t('plans.actions.return')}
        </Button>
      )}
      <Modal
        open={returning}
        title={t('plans.actions.return')}
        onCancel={() => setReturning(false)}
        onOk={() => (reason.trim() ? void run('return', reason.trim()) : void message.warning(t('plans.returnReasonRequired')))}
        confirmLoading={busy}
      >
        <Input.TextArea
          aria-label={t('plans.returnReason')}
          placeholder={t('plans.returnReason')}
          value={reason}
          maxLength={500}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Flex>
  );
}
