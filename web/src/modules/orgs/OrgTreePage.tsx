import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Spin, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { PeopleTable } from '../people/PeopleTable';
import { AddOrgModal } from './AddOrgModal';
import { useOrgTree, type OrgNode } from './api';
import { OrgDetails } from './OrgDetails';

export function OrgTreePage() {
  const { t } = useTranslation();
  const user = useUser();
  const tree = useOrgTree();
  const [picked, setPicked] = useState<string>();
  const [adding, setAdding] = useState(false);

  const treeData = useMemo(() => {
    const toNodes = (nodes: OrgNode[]): TreeDataNode[] =>
      nodes.map((n) => ({
        key: n.id,
        title: (
          <span>
            {n.name}
            <Typography.Text type="secondary" style={{ marginInline: 6 }}>
              {n.regionCode}
            </Typography.Text>
            <Tag>{t(`orgLevels.${n.level}`)}</Tag>
          </span>
        ),
        children: toNodes(n.children),
      }));
    return toNodes(tree.data ?? []);
  }, [tree.data, t]);

  // Until the user picks one, show their top-most visible org.
  const selectedId = picked ?? tree.data?.[0]?.id;

  return (
    <>
      <PageTitle>{t('nav.orgs')}</PageTitle>
      {tree.isError && <ErrorAlert error={tree.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={t('orgs.treeTitle')}>
            {tree.isPending ? (
              <Spin />
            ) : treeData.length === 0 ? (
              <Empty description={t('orgs.empty')} />
            ) : (
              <Tree
                treeData={treeData}
                selectedKeys={selectedId ? [selectedId] : []}
                defaultExpandedKeys={tree.data?.map((n) => n.id)}
                onSelect={(keys) => {
                  // Clicking the selected node again would deselect it; keep the detail pane populated.
                  if (keys.length > 0) setPicked(String(keys[0]));
                }}
                blockNode
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card
            title={t('orgs.details')}
            extra={
              selectedId &&
              can(user.roles, 'org.create') && (
                <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  {t('orgs.add')}
                </Button>
              )
            }
          >
            {selectedId ? <OrgDetails orgId={selectedId} /> : <Empty description={t('orgs.selectHint')} />}
          </Card>
        </Col>
        {selectedId && (
          <Col span={24}>
            <Card title={t('orgs.people')}>
              <PeopleTable key={selectedId} filter={{ orgId: selectedId }} />
            </Card>
          </Col>
        )}
      </Row>
      {adding && selectedId && <AddOrgModal parentId={selectedId} onClose={() => setAdding(false)} />}
    </>
  );
}
