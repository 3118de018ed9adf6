// Texts for the later-revision rule of the link stage (rules.ts laterVersion), written for the tests (not
// from any corpus): a law adopted in 1993 in its 1993 text and in its 2012 revision, and a province's
// 实施办法 carrying it out (tests/ingest/link/versions.test.ts, tests/web/later-version.browser.test.ts).
const articles = [
  '国家鼓励和支持农业技术推广机构开展农业技术推广工作，推广先进适用的农业技术，提高农业生产水平。',
  '县级以上人民政府农业行政主管部门负责本行政区域内的农业技术推广工作，组织农业技术推广人员深入农村。',
  '农业技术推广人员应当深入田间地头，为农民提供农业技术咨询、培训和示范服务，帮助农民解决生产中的技术问题。',
  '各级人民政府应当在财政预算内保障用于农业技术推广的资金，并逐年增长，用于农业技术推广机构的基础设施建设。',
];
const numbered = (xs: string[]) => xs.map((a, i) => `第${'一二三四五六'[i]}条　${a}`).join('\n');
const law = (history: string) => `中华人民共和国农业技术推广法\n${history}\n${numbered(articles)}\n`;
export const LAW_1993 = law('（1993年7月2日第八届全国人民代表大会常务委员会第二次会议通过）');
export const LAW_2012 = law('（1993年7月2日第八届全国人民代表大会常务委员会第二次会议通过　根据2012年8月31日第十一届全国人民代表大会常务委员会第二十八次会议《关于修改〈中华人民共和国农业技术推广法〉的决定》修正）');
const measures = (place: string) => [
  `${place}鼓励和支持农业技术推广机构开展农业技术推广工作，推广先进适用的农业技术。`,
  `县级以上人民政府农业行政主管部门负责本行政区域内的农业技术推广工作，组织农业技术推广人员深入农村开展服务。`,
  `各级人民政府应当在财政预算内保障用于农业技术推广的资金，并逐年增长。`,
];
export const province = (name: string, date: string) =>
  `${name}实施《中华人民共和国农业技术推广法》办法\n（${date}${name}人民代表大会常务委员会通过）\n${numbered(measures(name))}\n`;
