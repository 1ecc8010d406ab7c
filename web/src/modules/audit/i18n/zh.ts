export const zh = {
  nav: {
    audit: '安全审计',
  },
  audit: {
    title: '安全审计',
    kind: '事件类型',
    kindPlaceholder: '全部类型',
    at: '时间',
    username: '用户名',
    ip: 'IP 地址',
    detail: '详情',
  },
  eventKinds: {
    signIn: '登录成功',
    signInFailed: '登录失败',
    locked: '账户锁定',
    signOut: '退出登录',
    sessionExpired: '会话过期',
    permissionDenied: '越权访问',
    passwordChanged: '修改密码',
    unlocked: '账户解锁',
    rolesChanged: '角色变更',
    addressLimited: '同一地址失败过多',
  },
};
