import type { HomeResources } from '../en/home';

/** The home page. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const home: HomeResources = {
  pageTitle: '首页',
  greeting: '欢迎，{{name}}',
  signedInAs: '当前身份：{{role}}',
  intro: {
    founder:
      '无论是在国内扩张还是进入欧洲市场，都能在这里为你的企业找到经验丰富的导师。',
    mentor:
      '火炬计划孵化器中的创业者期待你的经验。请保持时区设置准确，方便安排合适的通话时间。',
    manager: '关注你所在社区的创业者、导师以及他们所属的孵化器。',
    admin: '你拥有火炬桥目录及其成员的管理员权限。',
  },
  localTime: {
    title: '你的当地时间',
    zone: '时区：{{zone}}',
  },
  clocks: {
    title: '中国与欧洲',
    shanghai: '上海',
    berlin: '柏林',
    ahead: '上海比柏林早 {{hours}} 小时。',
  },
  account: {
    title: '你的账户',
    email: '邮箱',
    role: '身份',
    timeZone: '时区',
    memberSince: '注册时间',
  },
  firstStep: {
    title: '第一步：创建企业资料',
    body: '导师推荐和导师请求都基于你企业的行业、阶段和需求。大约需要五分钟。',
    action: '创建企业资料',
  },
  nextSteps: {
    title: '下一步',
    parks: {
      founder: '浏览火炬网络中的高新区及其孵化器',
      mentor: '了解你可能指导的创业者在哪里孵化',
      manager: '查看各园区及其孵化器数量',
      admin: '查看园区目录',
    },
    settings: {
      founder: '检查你的显示名称、语言和时区',
      mentor: '更新时区，方便中国的创业者与你约定通话',
      manager: '检查你的显示名称、语言和时区',
      admin: '检查你的显示名称、语言和时区',
    },
  },
};
