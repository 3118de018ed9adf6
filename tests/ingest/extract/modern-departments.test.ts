// A city plan names its lead departments by 市 + the department's name (session 28): the departments set up by the
// 2018 and 2023 institutional reforms and the short names plans write are Organisations of that city, as 市财政局 is.
import { describe, expect, it } from 'vitest';
import { extracted } from '../helpers.js';

describe('departments of a local government named after 市', () => {
  it('reads the newer departments and the short names as the city\'s bodies', () => {
    const { mentions } = extracted(
      'plan.txt',
      '宝鸡市2024年优化营商环境工作要点\n一、提升政务服务效能\n（一）深化改革。推进政务服务事项全程网办。（牵头单位：市政务服务数据管理局；配合单位：市财政局、市住建局）\n（二）加强数据共享。由市大数据中心负责建设平台，市行政审批服务局、市综合行政执法局配合。\n',
    );
    const orgs = new Set(mentions.filter((m) => m.type === 'Organisation').map((m) => m.canonical));
    for (const name of ['宝鸡市政务服务数据管理局', '宝鸡市财政局', '宝鸡市住建局', '宝鸡市大数据中心', '宝鸡市行政审批服务局', '宝鸡市综合行政执法局'])
      expect(orgs, name).toContain(name);
  });

  it('does not read a department name alone, without 省 or 市 before it', () => {
    const { mentions } = extracted('plan.txt', '宝鸡市工作要点\n一、加强管理\n（一）推进改革。各地要加强行政审批服务局建设。\n');
    expect(mentions.filter((m) => m.type === 'Organisation').map((m) => m.canonical)).not.toContain('行政审批服务局');
  });
});
