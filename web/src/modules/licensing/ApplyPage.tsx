import { Alert, App, Button, Card, Flex, Form, Input, Radio, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LICENSE_MATTER_CODES, type LicenseMatterCode } from '../../../../src/modules/licensing/codes';
import type { ApplicationIn } from '../../../../src/modules/licensing/contract';
import { GUIDE_LABELS } from '../../../../src/modules/licensing/guide-contract';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useEnterpriseOptions } from '../registry/useEnterpriseOptions';
import { useCreateApplication, useGuide, useGuides, useLicence } from './api';

type Values = ApplicationIn;

/**
 * 在线申请 (an enterprise user, for its own enterprise) or 窗口登记 (staff, for the enterprise
 * picked): the matter, the issuer where the guide names two, scope and contact. Saved as a draft;
 * the materials are attached on its page. `?kind=renewal|change&licence=ID` (from a licence's page)
 * applies to continue that licence: its matter, holder and issuer are the licence's.
 */
export function ApplyPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const licenceId = params.get('licence');
  if ((kind === 'renewal' || kind === 'change') && licenceId) return <ContinueApplication kind={kind} licenceId={licenceId} />;
  return <NewApplication />;
}

function ContinueApplication({ kind, licenceId }: { kind: 'renewal' | 'change'; licenceId: string }) {
  const { t } = useTranslation();
  const licence = useLicence(licenceId);
  if (licence.isError) return <ErrorAlert error={licence.error} />;
  if (!licence.data) return <Spin />;
  const l = licence.data;
  return (
    <NewApplication
      continues={{ kind, licenceId, matterCode: l.matterCode, enterpriseId: l.enterpriseId, scope: l.content.scope }}
      banner={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t(`licensing.applications.kinds.${kind}`)}：${l.content.matterName} ${l.licenceNo}`}
          description={`${l.content.holder}，${t('licensing.applications.priorValidTo', { date: l.validTo })}${kind === 'renewal' ? `；${t('licensing.licences.renewHint', { date: l.renewBy })}` : ''}`}
        />
      }
    />
  );
}

type Continues = { kind: 'renewal' | 'change'; licenceId: string; matterCode: LicenseMatterCode; enterpriseId: string; scope: string };

function NewApplication({ continues, banner }: { continues?: Continues; banner?: React.ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const counter = !user.roles.includes('enterpriseUser') && !continues;
  const preset = params.get('matter');
  const [form] = Form.useForm<Values>();
  const matter = Form.useWatch('matterCode', form);
  const guides = useGuides();
  const guide = useGuide(matter ?? '');
  const enterprises = useEnterpriseOptions(undefined);
  const create = useCreateApplication();
  const reportError = useReportError();
  // A renewal or change goes to the licence's own issuer: there is nothing to choose.
  const issuers = continues ? [] : guide.data?.code === matter ? (guide.data?.issuers ?? []) : [];

  async function save(v: Values) {
    try {
      const a = await create.mutateAsync({
        ...v,
        issuerLevel: issuers.length > 1 ? v.issuerLevel : undefined,
        ...(continues ? { kind: continues.kind, licenceId: continues.licenceId, matterCode: continues.matterCode, enterpriseId: continues.enterpriseId } : {}),
      });
      void message.success(t('licensing.applications.apply.saved'));
      navigate(`/licensing/applications/${a.id}`);
    } catch (error) {
      reportError(error, form);
    }
  }

  const initial = continues
    ? { matterCode: continues.matterCode, scope: continues.scope }
    : (LICENSE_MATTER_CODES as readonly string[]).includes(preset ?? '')
      ? { matterCode: preset as LicenseMatterCode }
      : {};
  const title = continues
    ? t('licensing.applications.apply.continueTitle', { kind: t(`licensing.applications.kinds.${continues.kind}`) })
    : t(counter ? 'licensing.applications.apply.counterTitle' : 'licensing.applications.apply.title');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {banner}
      <Card>
        <Typography.Paragraph type="secondary">{t('licensing.applications.apply.intro')}</Typography.Paragraph>
        {guides.isError && <ErrorAlert error={guides.error} />}
        <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} style={{ maxWidth: 720 }}>
          <Form.Item
            name="matterCode"
            label={t('licensing.applications.matter')}
            rules={[{ required: true }]}
            extra={matter && <Link to={`/portal/licensing/${matter}`}>{t('licensing.applications.apply.guide')}</Link>}
          >
            <Select
              disabled={!!continues}
              loading={guides.isLoading}
              options={(guides.data?.items ?? []).map((g) => ({ value: g.code, label: `${g.name}（${GUIDE_LABELS.kind[g.kind]}）` }))}
              onChange={() => form.setFieldValue('issuerLevel', undefined)}
            />
          </Form.Item>
          {counter && (
            <Form.Item name="enterpriseId" label={t('licensing.applications.enterprise')} rules={[{ required: true }]}>
              <Select {...enterprises.selectProps} placeholder={t('common.list.searchEnterprise')} />
            </Form.Item>
          )}
          {issuers.length > 1 && (
            <Form.Item
              name="issuerLevel"
              label={t('licensing.applications.apply.issuer')}
              extra={t('licensing.applications.apply.issuerHint')}
              rules={[{ required: true }]}
            >
              <Radio.Group>
                <Space direction="vertical">
                  {issuers.map((i) => (
                    <Radio key={i.level} value={i.level}>
                      <Typography.Text strong>{t(`licensing.levels.${i.level}`)}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary">{i.scope}</Typography.Text>
                      </div>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item
            name="scope"
            label={t('licensing.applications.apply.scope')}
            extra={t('licensing.applications.apply.scopeHint')}
            rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Flex wrap gap={16}>
            <Form.Item name="contactName" label={t('licensing.applications.apply.contactName')} rules={[{ required: true, whitespace: true, min: 2, max: 30 }]}>
              <Input maxLength={30} autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="contactPhone"
              label={t('licensing.applications.apply.contactPhone')}
              rules={[{ required: true, pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: t('licensing.applications.apply.phoneFormat') }]}
            >
              <Input maxLength={13} autoComplete="tel" inputMode="tel" />
            </Form.Item>
          </Flex>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('licensing.applications.apply.save')}
            </Button>
            <Button onClick={() => navigate('/licensing')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
