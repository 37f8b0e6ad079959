import type { AuthResources } from '../en/auth';

/** Sign-in and registration. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const auth: AuthResources = {
  signIn: {
    title: '登录火炬桥',
    pageTitle: '登录',
    intro: '欢迎回来。登录后即可联系你的导师、创业者和社区。',
    submit: '登录',
    submitting: '正在登录…',
    noAccount: '第一次使用火炬桥？',
    registerLink: '创建账户',
  },
  register: {
    title: '创建你的账户',
    intro: '火炬计划孵化器中的创业者与来自欧洲和中国的志愿导师在这里相遇。',
    passwordHint:
      '至少 {{min}} 个字符。可以用几个不常见的词组合，不要用邮箱或姓名。',
    displayNameHint: '创业者、导师和社区经理会看到此名称，可以使用中文。',
    timeZoneHint: '用于按你的当地时间显示会议时间。',
    submit: '创建账户',
    submitting: '正在创建账户…',
    haveAccount: '已有账户？',
    signInLink: '登录',
    emailTaken: '该邮箱已注册，请直接登录。',
  },
};
