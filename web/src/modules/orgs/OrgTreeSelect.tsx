import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useOrgTree, type OrgNode } from './api';

interface Option {
  value: string;
  title: string;
  children: Option[];
}

function toOptions(nodes: OrgNode[]): Option[] {
  return nodes.map((n) => ({ value: n.id, title: n.name, children: toOptions(n.children) }));
}

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** The field's name for screen readers when no Form.Item label names it; the placeholder otherwise. */
  'aria-label'?: string;
}

/** Picks an org from the user's visible subtree; usable as a Form.Item control. */
export function OrgTreeSelect({ id, value, onChange, placeholder, allowClear, 'aria-label': ariaLabel }: Props) {
  const tree = useOrgTree();
  const treeData = useMemo(() => toOptions(tree.data ?? []), [tree.data]);
  return (
    <TreeSelect
      id={id}
      // A filter outside a form has only its placeholder, which disappears once a value is chosen.
      aria-label={ariaLabel ?? (id ? undefined : placeholder)}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={tree.isLoading}
      // Opened before the tree arrives, the dropdown would keep its first (empty) expansion: a name
      // typed meanwhile then matches nodes under collapsed parents. So it opens once the tree is here.
      disabled={tree.isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ minWidth: 220 }}
    />
  );
}
