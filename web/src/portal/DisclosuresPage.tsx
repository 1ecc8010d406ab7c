import { Button, Card, Col, Form, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DISCLOSURE_KINDS } from '../../../src/modules/disclosure/contract';
import { ErrorAlert } from '../app/feedback';
import { useDisclosures, useSubjects, type SearchInput } from './api';
import { PublicTitle } from './PortalLayout';
import { DateInput } from '../app/DateInput';

const LIMIT = 20;
const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

interface FormValues {
  q?: string;
  uscc?: string;
  region?: string;
  kind?: SearchInput['kind'];
  from?: string;
  to?: string;
}

const clean = (v: FormValues): SearchInput =>
  Object.fromEntries(
    Object.entries(v)
      .map(([k, x]) => [k, typeof x === 'string' ? x.trim() || undefined : x])
      .filter(([, x]) => x !== undefined),
  ) as SearchInput;

/** 事后公开: search the published decisions and results; the list pages by cursor, newest first. */
export function DisclosuresPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState<SearchInput>({});
  // Cursors of the pages already seen, so 上一页 can go back without offsets.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const list = useDisclosures(search, cursor, LIMIT);
  const subjects = useSubjects();
  const regions = [...new Map((subjects.data ?? []).map((s) => [s.regionCode, s.name])).entries()].map(([value, name]) => ({
    value,
    label: `${name}（${value}）`,
  }));

  const submit = (v: FormValues) => {
    setSearch(clean({ ...v, uscc: v.uscc?.toUpperCase() }));
    setCursors([undefined]);
  };
  const items = list.data?.items ?? [];
  // antd's own empty text is disabled grey (1.8:1); secondary text passes AA.
  const empty = <Typography.Text type="secondary">{t('portal.posterior.none')}</Typography.Text>;

  return (
    <>
      <PublicTitle>{t('portal.posterior.title')}</PublicTitle>
      <Typography.Paragraph>{t('portal.posterior.intro')}</Typography.Paragraph>
      <Card>
        <Form<FormValues> form={form} layout="vertical" onFinish={submit} role="search" aria-label={t('portal.posterior.searchLabel')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="q" label={t('portal.posterior.enterpriseName')} extra={t('portal.posterior.enterpriseNameHint')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="uscc"
                label={t('portal.posterior.uscc')}
                rules={[
                  {
                    validator: (_, v?: string) =>
                      !v || USCC.test(v.trim().toUpperCase()) ? Promise.resolve() : Promise.reject(new Error(t('portal.posterior.usccInvalid'))),
                  },
                ]}
              >
                <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="region" label={t('portal.posterior.region')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={regions} loading={subjects.isLoading} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('portal.posterior.kind')}>
                <Select allowClear options={DISCLOSURE_KINDS.map((k) => ({ value: k, label: t(`portal.kinds.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="from" label={t('portal.posterior.from')}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="to" label={t('portal.posterior.to')}>
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button type="primary" htmlType="submit" data-testid="search-button">
              {t('portal.posterior.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                submit({});
              }}
            >
              {t('portal.posterior.reset')}
            </Button>
          </Space>
        </Form>
      </Card>

      <section aria-labelledby="results-heading" style={{ marginTop: 16 }}>
        <h2 id="results-heading" style={{ fontSize: 16 }}>
          {t('portal.posterior.results')}
        </h2>
        {list.isError && <ErrorAlert error={list.error} />}
        <Card>
          <List
            loading={list.isFetching}
            dataSource={items}
            locale={{ emptyText: empty }}
            data-testid="disclosure-list"
            renderItem={(d) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <>
                      <Link to={`/portal/disclosures/${d.id}`}>{d.title}</Link> <Tag>{t(`portal.kinds.${d.kind}`)}</Tag>
                    </>
                  }
                  description={
                    <Typography.Text type="secondary">
                      {d.enterpriseName}
                      {d.uscc && ` · ${d.uscc}`} · {d.orgName} · {t('portal.posterior.decidedOn')} {d.decidedOn}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
          <nav aria-label={t('portal.posterior.paging')}>
            <Space style={{ marginTop: 12 }}>
              <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t('portal.posterior.previous')}
              </Button>
              <span aria-live="polite">{t('portal.posterior.page', { page: cursors.length })}</span>
              <Button disabled={!list.data?.nextCursor} onClick={() => setCursors((c) => [...c, list.data!.nextCursor!])}>
                {t('portal.posterior.next')}
              </Button>
            </Space>
          </nav>
        </Card>
      </section>
    </>
  );
}
