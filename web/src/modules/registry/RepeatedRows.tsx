import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import { MAX_LIST } from './formValues';

interface Props {
  name: string;
  title: string;
  addLabel: string;
  removeLabel: (index: number) => string;
  empty: Record<string, unknown>;
  /** The fields of one row, given the row's Form.List name. */
  row: (name: number) => ReactNode;
}

/** A titled Form.List of rows, each removable, with an add button up to MAX_LIST rows. */
export function RepeatedRows({ name, title, addLabel, removeLabel, empty, row }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {title}
          </Typography.Title>
          {fields.map(({ key, name: index }) => (
            <Flex key={key} gap={8} align="baseline" wrap>
              {row(index)}
              <Button type="text" icon={<MinusCircleOutlined />} aria-label={removeLabel(index + 1)} onClick={() => remove(index)} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_LIST} onClick={() => add(empty)} style={{ marginBottom: 16 }}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
