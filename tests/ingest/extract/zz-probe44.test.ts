import { it } from 'vitest';
import { names, regulation } from './law-text.js';
const law = (...a: string[]) => regulation('舟山市某某条例', ...a);
it('probe', () => {
  for (const s of [
    '市科技行政主管部门应当编制科技创新发展指南，引导企业开展科技创新活动。',
    '市经济信息化部门编制创新产品推荐目录，会同相关部门实施首购。',
    '区人民政府应当编制政务服务事项目录，并向社会公布。',
    '市、区科学技术协会协助推进工作。',
    '本市支持成果完成人转化科技成果。',
    '加强青年创新创业人才培养。',
  ]) { const t = law(s); console.log(s.slice(0, 24), JSON.stringify({ P: names('Programme', t), O: names('Organisation', t), G: names('TargetGroup', t) })); }
});
