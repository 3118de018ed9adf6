// A regulation of our own making with two inline revision notes （…删除）: a deleted paragraph (第三条's second) and an
// article deleted whole (第四条). Shared by the structure test of session 38 and the measure panel's browser test.
export const DELETION_REGULATION = [
  '# 某某票据管理条例',
  '',
  '1990年3月18日 中华人民共和国国务院令第95号发布',
  '',
  '<!-- INFO END -->',
  '',
  '第一条 为了加强某某票据管理，制定本条例。',
  '',
  '第二条 县级以上人民政府财政部门负责本行政区域内票据的管理工作。',
  '',
  '第三条 对伪造票据的，依法追究刑事责任。',
  '',
  '对倒卖票据的，按照投机倒把论处，并处票面金额百分之二十的罚款。(2011年1月8日删除)',
  '',
  '第四条 票据印制企业应当在接到印制计划后30日内完成印制，由中国人民银行组织监督。(2011年1月8日删除)',
  '',
  '第五条 本条例自发布之日起施行。',
].join('\n');
