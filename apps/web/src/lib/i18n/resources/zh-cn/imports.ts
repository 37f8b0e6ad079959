import type { ImportsResources } from '../en/imports';

/** CSV imports of mentors and startups. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const imports: ImportsResources = {
  title: '导入',
  intro:
    '通过 CSV 文件一次添加多位导师或多家创业企业。确认之前不会写入任何数据。',
  kind: '文件内容',
  kindMentors: '导师',
  kindStartups: '创业企业',
  file: 'CSV 文件',
  fileHint: 'UTF-8 编码，第一行为表头。',
  fileRequired: '请选择一个 CSV 文件。',
  fileUnreadable: '无法读取该文件。',
  check: '检查文件',
  checking: '正在检查…',
  columns: '必填列',
  columnsHint: '单元格中的多个值用分号（;）分隔。',
  optionalColumns: '选填列',
  ready: '{{total}} 行中有 {{good}} 行可以导入。',
  problems: '发现的问题',
  line: '行号',
  field: '列',
  message: '问题',
  confirm_one: '导入 {{count}} 行',
  confirm_other: '导入 {{count}} 行',
  confirming: '正在导入…',
  done_one: '已导入 {{count}} 行。',
  done_other: '已导入 {{count}} 行。',
  nothingToImport: '没有可以导入的行，请修改文件后重新检查。',
};
