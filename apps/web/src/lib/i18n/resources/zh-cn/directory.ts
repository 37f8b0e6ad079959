import type { DirectoryResources } from '../en/directory';

/** Shared parts of the mentor and startup directories. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const directory: DirectoryResources = {
  search: '搜索',
  searchButton: '搜索',
  any: '不限',
  sort: '排序方式',
  loadMore: '加载更多',
  loadingMore: '正在加载更多…',
  showing: '目前显示 {{count}} 条。',
  end: '符合筛选条件的结果已全部显示。',
  clearFilters: '清除筛选',
  back: '返回目录',
  sectors: '行业',
  stages: '阶段',
  topics: '领域',
  languages: '语言',
  location: '所在地',
  localTime: '当地时间',
  theirTime: '对方时间',
  yourTime: '你的时间',
  timePair: '对方 {{theirs}} · 你 {{yours}}',
  zoneLine: '{{zone}}（{{offset}}）',
  contact: '联系方式',
  email: '邮箱',
  phone: '电话',
  notFound: '该条目不存在或你无权查看。',
};
