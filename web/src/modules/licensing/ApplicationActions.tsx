import { Alert, App, Button, Form, Input, Radio, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_KINDS, type PauseKind } from '../../../../src/modules/licensing/codes';
import type { ServiceGuide } from '../../../../src/modules/licensing/guide-contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { DateInput } from '../../app/DateInput';
import { useReportError } from '../../app/feedback';
import { chinaToday } from '../../app/format';
import { type ApplicationDetail, useApplicationStep } from './api';
import { isApplicant } from './labels';
import { StepModal } from './StepModal';
import { SupplementFields, type SupplementValues, supplementItems } from './SupplementFields';

type Step = 'submit' | 'withdraw' | 'accept';

/** A step with nothing to fill in: asked once more, then sent. */
function ConfirmStep({
  a,
  step,
  label,
  content,
  done,
  primary,
}: {
  a: ApplicationDetail;
  step: Step;
  label: string;
  content: ReactNode;
  done: string;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const run = useApplicationStep();
  const ask = () =>
    modal.confirm({
      title: label,
      content,
      width: 520,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        run.mutateAsync({ id: a.id, step, body: { version: a.version } }).then(
          () => void message.success(done),
          (error) => reportError(error),
        ),
    });
  return (
    <Button type={primary ? 'primary' : 'default'} danger={step === 'withdraw'} loading={run.isPending} onClick={ask}>
      {label}
    </Button>
  );
}

/** What the submission will send: each of the guide's materials with its files, the required ones missing named. */
function SubmitSummary({ a, guide }: { a: ApplicationDetail; guide: ServiceGuide }) {
  const { t } = useTranslation();
  const count = (code: string) => a.materials.filter((m) => m.materialCode === code).length;
  const missing = guide.materials.filter((m) => m.required && count(m.code) === 0);
  return (
    <>
      <Typography.Paragraph>{t('licensing.applications.actions.confirmSubmit')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20 }} data-testid="submit-summary">
        {guide.materials
          .filter((m) => count(m.code) > 0)
          .map((m) => (
            <li key={m.code}>
              {m.name}（{t('licensing.applications.actions.files', { count: count(m.code) })}）
            </li>
          ))}
      </ul>
      {missing.length > 0 && (
        <Alert type="error" showIcon title={t('licensing.applications.actions.missing', { names: missing.map((m) => m.name).join('；') })} />
      )}
    </>
  );
}

const reason = (name: string, label: string, min = 4, max = 2000) => (
  <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, min, max }]}>
    <Input.TextArea rows={4} maxLength={max} showCount />
  </Form.Item>
);

/** The buttons of the steps the user may take now: the applicant's, then the bureau's by capability. */
export function ApplicationActions({ application: a, guide }: { application: ApplicationDetail; guide: ServiceGuide }) {
  const { t } = useTranslation();
  const user = useUser();
  const enterpriseUser = user.roles.includes('enterpriseUser');
  const applicant = isApplicant(user.roles, a);
  const staff = !enterpriseUser;
  const may = (capability: string) => staff && can(user.roles, capability);
  const k = 'licensing.applications.actions' as const;
  const open = a.pauses.find((p) => p.to === null);
  const today = chinaToday();
  const buttons: ReactNode[] = [];

  if (applicant && a.state === 'draft')
    buttons.push(
      <ConfirmStep
        key="submit"
        a={a}
        step="submit"
        primary
        label={t(`${k}.submit`)}
        content={<SubmitSummary a={a} guide={guide} />}
        done={t(`${k}.submitted`)}
      />,
    );
  if (applicant && a.state === 'supplementRequested')
    buttons.push(
      <ConfirmStep key="resubmit" a={a} step="submit" primary label={t(`${k}.resubmit`)} content={t(`${k}.confirmResubmit`)} done={t(`${k}.resubmitted`)} />,
    );
  if (a.state === 'submitted' && may('license.accept')) {
    buttons.push(<ConfirmStep key="accept" a={a} step="accept" primary label={t(`${k}.accept`)} content={t(`${k}.confirmAccept`)} done={t(`${k}.accepted`)} />);
    buttons.push(
      <StepModal<'supplement', SupplementValues>
        key="supplement"
        application={a}
        step="supplement"
        width={720}
        label={t(`${k}.supplement`)}
        initialValues={{ picked: [] }}
        body={(v) => ({ items: supplementItems(v), note: v.note?.trim() || undefined })}
        confirm={(v) => (
          <>
            <Typography.Paragraph>{t(`${k}.confirmSupplement`, { count: v.picked.length })}</Typography.Paragraph>
            <ul style={{ paddingInlineStart: 20 }}>
              {supplementItems(v).map((i) => (
                <li key={i.materialCode}>
                  {guide.materials.find((m) => m.code === i.materialCode)?.name}：{i.problem}
                </li>
              ))}
            </ul>
          </>
        )}
        done={t(`${k}.supplemented`)}
      >
        <SupplementFields guide={guide} />
      </StepModal>,
    );
  }
  if ((a.state === 'submitted' || a.state === 'supplementRequested') && may('license.accept'))
    buttons.push(
      <StepModal<'refuse', { reason: string }>
        key="refuse"
        application={a}
        step="refuse"
        label={t(`${k}.refuse`)}
        buttonProps={{ danger: true }}
        body={(v) => ({ reason: v.reason.trim() })}
        confirm={() => t(`${k}.confirmRefuse`)}
        done={t(`${k}.refused`)}
      >
        {reason('reason', t(`${k}.reason`))}
        <Alert type="info" showIcon title={t(`${k}.remedies`)} />
      </StepModal>,
    );
  if (a.state === 'accepted' && may('license.review'))
    buttons.push(
      open ? (
        <StepModal<'resume', { to: string }>
          key="resume"
          application={a}
          step="resume"
          label={t(`${k}.resume`)}
          initialValues={{ to: today }}
          body={(v) => ({ to: v.to })}
          done={t(`${k}.resumed`)}
        >
          <Form.Item name="to" label={t(`${k}.to`)} rules={[{ required: true }]}>
            <DateInput min={open.from} max={today} />
          </Form.Item>
        </StepModal>
      ) : (
        <StepModal<'pause', { kind: PauseKind; from: string; note: string }>
          key="pause"
          application={a}
          step="pause"
          label={t(`${k}.pause`)}
          initialValues={{ kind: 'onSiteCheck', from: today }}
          body={(v) => ({ kind: v.kind, from: v.from, note: v.note.trim() })}
          done={t(`${k}.paused`)}
        >
          <Form.Item name="kind" label={t(`${k}.kind`)} rules={[{ required: true }]}>
            <Radio.Group options={PAUSE_KINDS.map((p) => ({ value: p, label: t(`licensing.applications.pauseKinds.${p}`) }))} />
          </Form.Item>
          <Form.Item name="from" label={t(`${k}.from`)} rules={[{ required: true }]}>
            <DateInput min={a.acceptedOn ?? undefined} max={today} />
          </Form.Item>
          {reason('note', t(`${k}.pauseNote`), 2, 500)}
        </StepModal>
      ),
    );
  if (a.state === 'accepted' && a.extensionDays === 0 && may('license.extend'))
    buttons.push(
      <StepModal<'extend', { reason: string }>
        key="extend"
        application={a}
        step="extend"
        label={t(`${k}.extend`)}
        body={(v) => ({ reason: v.reason.trim() })}
        done={t(`${k}.extended`)}
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(`${k}.extendHint`)} />
        {reason('reason', t(`${k}.extendReason`), 4, 1000)}
      </StepModal>,
    );
  if (a.state === 'accepted' && may('license.decide'))
    for (const decision of ['grant', 'deny'] as const) {
      const modal = (
        <StepModal<typeof decision, { reason: string }>
          key={decision}
          application={a}
          step={decision}
          label={t(`${k}.${decision}`)}
          buttonProps={{ type: decision === 'grant' ? 'primary' : 'default', danger: decision === 'deny', disabled: !!open }}
          body={(v) => ({ reason: v.reason.trim() })}
          confirm={() => t(decision === 'grant' ? `${k}.confirmGrant` : `${k}.confirmDeny`)}
          done={t(`${k}.decided`)}
        >
          {reason('reason', t(`${k}.decisionReason`))}
          {decision === 'deny' && <Alert type="info" showIcon title={t(`${k}.remedies`)} />}
        </StepModal>
      );
      buttons.push(
        open ? (
          <Tooltip key={decision} title={t(`${k}.waitPause`)}>
            <span>{modal}</span>
          </Tooltip>
        ) : (
          modal
        ),
      );
    }
  if (a.state === 'granted' && may('license.issue'))
    buttons.push(
      <StepModal<'issue', { validFrom?: string }>
        key="issue"
        application={a}
        step="issue"
        label={t('licensing.licences.issue')}
        buttonProps={{ type: 'primary' }}
        // Left empty, the term runs from the day of issue as the server counts it.
        body={(v) => (v.validFrom ? { validFrom: v.validFrom } : {})}
        confirm={() => t('licensing.licences.confirmIssue')}
        done={t('licensing.licences.issued')}
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('licensing.licences.issueHint')} />
        <Form.Item name="validFrom" label={t('licensing.licences.validFrom')} extra={t('licensing.licences.validFromHint')}>
          <DateInput min={a.decidedOn ?? undefined} />
        </Form.Item>
      </StepModal>,
    );
  if (applicant && ['draft', 'submitted', 'supplementRequested', 'accepted'].includes(a.state))
    buttons.push(
      <ConfirmStep key="withdraw" a={a} step="withdraw" label={t(`${k}.withdraw`)} content={t(`${k}.confirmWithdraw`)} done={t(`${k}.withdrawn`)} />,
    );

  if (!buttons.length) return null;
  return (
    <Space wrap data-testid="application-actions">
      {buttons}
    </Space>
  );
}
