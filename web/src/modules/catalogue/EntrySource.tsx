import { EditOutlined, HistoryOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListEntryMeta } from '../../../../src/modules/catalogue/contract';

/** Where an entry in force comes from: 内置, or the org whose version (or addition) applies, and whether it is withdrawn. */
export function EntrySourceTags({ entry }: { entry: ListEntryMeta }) {
  const { t } = useTranslation();
  const { source } = entry;
  return (
    <Flex wrap gap={4} data-testid="entry-source">
      {source.orgId === null ? (
        <Tag>{t('orgLists.builtIn')}</Tag>
      ) : (
        <>
          <Tag color="blue">{source.orgName}</Tag>
          <Tag color={entry.addition ? 'green' : 'gold'}>{t(entry.addition ? 'orgLists.added' : 'orgLists.modified')}</Tag>
          <Tag bordered={false}>{t('orgLists.version', { version: source.version })}</Tag>
        </>
      )}
      {entry.withdrawn && (
        <Tooltip title={entry.withdrawnReason && t('orgLists.withdrawnReason', { reason: entry.withdrawnReason })}>
          <Tag color="red">{t('orgLists.withdrawn')}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

interface ActionsProps {
  entry: ListEntryMeta;
  /** Absent when the user may not edit the org's lists. */
  onEdit?: () => void;
  onWithdraw?: () => void;
  onRestore?: () => void;
  onHistory: () => void;
}

/** 编辑 / 停用 (or 恢复 for a withdrawn entry) for editors; 历史 for every reader. */
export function EntryActions({ entry, onEdit, onWithdraw, onRestore, onHistory }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {onEdit && !entry.withdrawn && (
        <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
          {t('orgLists.edit')}
        </Button>
      )}
      {onWithdraw && !entry.withdrawn && (
        <Button size="small" danger icon={<StopOutlined />} onClick={onWithdraw}>
          {t('orgLists.withdraw')}
        </Button>
      )}
      {onRestore && entry.withdrawn && (
        <Button size="small" icon={<RollbackOutlined />} onClick={onRestore}>
          {t('orgLists.restore')}
        </Button>
      )}
      <Button size="small" icon={<HistoryOutlined />} onClick={onHistory}>
        {t('orgLists.history')}
      </Button>
    </Flex>
  );
}

/** The version to send with a save: the org's own row's, or null when the entry in force is not the org's own. */
export const ownVersion = (entry: ListEntryMeta | undefined, orgId: string): number | null =>
  entry && entry.source.orgId === orgId ? entry.source.version : null;
