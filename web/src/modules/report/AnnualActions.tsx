import { App, Button, Input, Modal, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextAnnualState } from '../../../../src/modules/report/annual/rules';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { useReportError } from '../../app/feedback';
import { useMoveAnnual, type AnnualReport, type AnnualReportAction } from './annual-api';

/** The steps the report's state allows and the user's roles permit; approval publishes, so it asks first. */
export function AnnualActions({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const reportError = useReportError();
  const move = useMoveAnnual();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const allowed = (a: AnnualReportAction) =>
    !('problem' in nextAnnualState(report.state, a)) && can(user.roles, a === 'submit' ? 'report.draft' : 'report.approve');
  // 职责分离: the server refuses an approval by anyone who wrote or submitted the report.
  const barred = report.editorIds.includes(user.id);

  async function run(action: AnnualReportAction, why?: string) {
    try {
      await move.mutateAsync({ id: report.id, action, version: report.version, reason: why });
      void message.success(t(`annual.moved.${action}`));
      setReturning(false);
      setReason('');
    } catch (error) {
      reportError(error);
    }
  }

  const busy = move.isPending;
  return (
    <>
      {allowed('submit') && (
        <Popconfirm title={t('annual.confirmSubmit')} onConfirm={() => run('submit')} okText={t('common.ok')} cancelText={t('common.cancel')}>
          <Button type="primary" loading={busy}>
            {t('annual.actions.submit')}
          </Button>
        </Popconfirm>
      )}
      {allowed('approve') && (
        <Tooltip title={barred ? t('annual.separation') : undefined}>
          <Popconfirm
            title={t('annual.confirmApprove')}
            disabled={barred}
            onConfirm={() => run('approve')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
          >
            <Button type="primary" disabled={barred} loading={busy}>
              {t('annual.actions.approve')}
            </Button>
          </Popconfirm>
        </Tooltip>
      )}
      {allowed('return') && (
        <Button danger loading={busy} onClick={() => setReturning(true)}>
          {t('annual.actions.return')}
        </Button>
      )}
      <Modal
        open={returning}
        title={t('annual.actions.return')}
        onCancel={() => setReturning(false)}
        onOk={() => (reason.trim() ? void run('return', reason.trim()) : void message.warning(t('annual.returnReasonRequired')))}
        confirmLoading={busy}
      >
        <Input.TextArea
          aria-label={t('annual.returnReason')}
          placeholder={t('annual.returnReason')}
          value={reason}
          maxLength={500}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
