import { ValidationError } from '../../../platform/errors.js';
import { type EnterpriseIn, enterpriseIn, FIELD_LABELS, LABELS } from '../contract.js';
import { withCheckChar } from '../uscc.js';

// The import template: which header holds which field, and how a cell's text becomes the
// field's value and back. Export writes through the same columns, so an export re-imports as is.

/** What one spreadsheet row describes; the supervising org comes from the region code. */
export type ImportRecord = Omit<EnterpriseIn, 'orgId'>;
export type ImportField = keyof ImportRecord;

export const DATA_SHEET = '企业信息';
export const NOTES_SHEET = '说明';

/** A cell read: the value to hand to the schema, or why the text cannot be one. */
export type CellResult = { value: unknown } | { error: string };

export interface Column {
  field: ImportField;
  header: string;
  required: boolean;
  /** How to fill the column, for the 说明 sheet. */
  help: string;
  /** `text` is trimmed and not blank. */
  read(text: string): CellResult;
  write(record: ImportRecord): string;
}

const shape = enterpriseIn.shape;
const LIST_SEPARATORS = /[、,，;；]/;
// Alt+Enter inside an Excel cell is a natural way to put one item per line.
const ITEM_SEPARATORS = /[;；\n]/;
const PART_SEPARATORS = /[:：]/;

function textColumn(field: 'uscc' | 'name' | 'legalRepresentative' | 'principalPerson' | 'address' | 'regionCode' | 'industryCode', help: string): Column {
  const s = shape[field];
  const length = 'minLength' in s && s.maxLength !== null ? `${s.minLength}–${s.maxLength} 个字` : '';
  return {
    field,
    header: FIELD_LABELS[field],
    required: true,
    help: help || length,
    read: (text) => ({ value: text }),
    write: (r) => r[field],
  };
}

/** Accepts the Chinese label or the English code; anything else names the allowed labels. */
function chooser<T extends string>(labels: Record<T, string>) {
  const byText = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    byText.set(label, code);
    byText.set(code, code);
  }
  return { byText, allowed: Object.values<string>(labels).join('、') };
}

function enumColumn<F extends 'size' | 'riskGrade' | 'standardizationGrade' | 'status'>(field: F, required: boolean): Column {
  const labels = LABELS[field] as Record<ImportRecord[F], string>;
  const { byText, allowed } = chooser(labels);
  const fallback = required ? '' : `；不填为「${labels[shape[field].parse(undefined) as ImportRecord[F]]}」`;
  return {
    field,
    header: FIELD_LABELS[field],
    required,
    help: `填以下之一：${allowed}${fallback}`,
    read: (text) => {
      const code = byText.get(text);
      return code ? { value: code } : { error: `「${text}」不是可选的值，应为 ${allowed} 之一` };
    },
    write: (r) => labels[r[field]],
  };
}

const categories = chooser(LABELS.keyCategory);

const keyCategoriesColumn: Column = {
  field: 'keyCategories',
  header: FIELD_LABELS.keyCategories,
  required: false,
  help: `可填多项，用顿号「、」、逗号或分号分隔；可选：${categories.allowed}`,
  read: (text) => {
    const items = splitItems(text, LIST_SEPARATORS);
    const unknown = items.filter((i) => !categories.byText.has(i));
    if (unknown.length > 0) return { error: `「${unknown.join('」「')}」不是可选的重点监管类别，应为 ${categories.allowed} 中的一项或多项` };
    return { value: [...new Set(items.map((i) => categories.byText.get(i)))] };
  },
  write: (r) => r.keyCategories.map((c) => LABELS.keyCategory[c]).join('、'),
};

/** Splits "a:b:c；a:b" into items of 2 or 3 parts; the third part is optional. */
function readItems<T>(text: string, format: string, build: (parts: string[]) => T): CellResult {
  const items = splitItems(text, ITEM_SEPARATORS);
  const value: T[] = [];
  for (const [i, item] of items.entries()) {
    const parts = item.split(PART_SEPARATORS).map((p) => p.trim());
    if (parts.length < 2 || parts.length > 3) return { error: `第 ${i + 1} 项「${item}」格式应为「${format}」` };
    value.push(build(parts));
  }
  return { value };
}

const contactsColumn: Column = {
  field: 'contacts',
  header: FIELD_LABELS.contacts,
  required: false,
  help: '每项填「姓名:电话:职务」，电话为 11 位手机号或带区号的固定电话，职务可省略；多项用分号「；」分隔',
  read: (text) => readItems(text, '姓名:电话:职务', ([name, phone, title]) => ({ name, phone, title: title ?? '' })),
  write: (r) => r.contacts.map((c) => [c.name, c.phone, c.title].filter(Boolean).join(':')).join('；'),
};

export const COLUMNS: readonly Column[] = [
  textColumn('uscc', '18 位，数字或大写字母（不含 I、O、S、V、Z）；本列须为文本格式（模板已设好）'),
  textColumn('name', ''),
  textColumn('legalRepresentative', ''),
  textColumn('principalPerson', ''),
  textColumn('address', ''),
  textColumn('regionCode', '6 位（县级）或 9 位（乡镇级）行政区划代码，如 320583；监管机构按此确定'),
  textColumn('industryCode', '国民经济行业分类（GB/T 4754-2017）门类字母加 2–4 位数字，如 C26 或 C2614'),
  enumColumn('size', true),
  enumColumn('riskGrade', true),
  keyCategoriesColumn,
  enumColumn('standardizationGrade', false),
  enumColumn('status', false),
  contactsColumn,
];

export const COLUMN_BY_FIELD = new Map(COLUMNS.map((c) => [c.field, c]));

/** The template's second row. Import refuses it, so a forgotten example does not become an enterprise. */
export const EXAMPLE: ImportRecord = {
  // Positions 9–17 break the organization code's own check digit (GB 11714: 5, not 2), so no
  // real enterprise has this code and refusing it never blocks one.
  uscc: withCheckChar('91320583MA1P7K6Q2'),
  name: '示例化工有限公司',
  legalRepresentative: '张三',
  principalPerson: '李四',
  address: '江苏省苏州市昆山市示例路 1 号',
  regionCode: '320583',
  industryCode: 'C2614',
  size: 'small',
  riskGrade: 'high',
  keyCategories: ['hazardousChemicals', 'majorHazardInstallation'],
  standardizationGrade: 'level3',
  status: 'operating',
  contacts: [{ name: '王五', phone: '13800000000', title: '安全管理员' }],
};

/**
 * Maps each header position to its column. Blank headers are ignored; unknown, repeated or
 * missing required headers refuse the whole file, since its rows cannot be read reliably.
 */
export function matchHeaders(headers: readonly string[]): Map<number, Column> {
  const byHeader = new Map(COLUMNS.map((c) => [c.header, c]));
  const matched = new Map<number, Column>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  const retired: string[] = [];
  const repeated: string[] = [];
  headers.forEach((raw, i) => {
    const header = raw.trim();
    if (!header) return;
    const column = byHeader.get(header);
    if (header === FIELD_LABELS.licences) retired.push(header);
    else if (!column) unknown.push(header);
    else if (seen.has(header)) repeated.push(header);
    else {
      seen.add(header);
      matched.set(i, column);
    }
  });
  const missing = COLUMNS.filter((c) => c.required && !seen.has(c.header)).map((c) => c.header);
  const problems = [
    retired.length > 0 && `「${FIELD_LABELS.licences}」列已停用，许可证在「行政许可 › 许可证登记」中按企业登记（外部证照可由执法人员录入），请删除该列`,
    unknown.length > 0 && `模板中没有这些列：${quote(unknown)}`,
    repeated.length > 0 && `这些列出现了不止一次：${quote(repeated)}`,
    missing.length > 0 && `缺少必填的列：${quote(missing)}`,
  ].filter((p): p is string => Boolean(p));
  if (problems.length > 0) {
    throw new ValidationError(`第 1 行表头与导入模板不符：${problems.join('；')}。请下载导入模板，保留第 1 行的列名不变`);
  }
  return matched;
}

function quote(items: string[]): string {
  return items.map((i) => `「${i}」`).join('');
}

function splitItems(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((i) => i.trim())
    .filter(Boolean);
}
