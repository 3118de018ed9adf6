// A joint notice's title as a PDF of an official document prints it (GB/T 9704: the title in 2号, centred, the bodies'
// names first): wrapped over four lines, the bodies over two of them. Text written for the test (session 30, lead).
import { describe, expect, it } from 'vitest';
import { structured } from '../helpers.js';

describe('a joint title wrapped over four lines', () => {
  it('is joined whole: the bodies, 关于…的 and 通知', () => {
    const d = structured(
      'joint.txt',
      `某某省人力资源和社会保障厅文件
某人社发〔2022〕15号
某某省人力资源和社会保障厅 某某省财政厅
某某省教育厅
关于做好2022年高校毕业生就业创业工作的
通知
各市（州）人力资源社会保障局、财政局、教育局：
为做好2022年高校毕业生就业创业工作，现就有关事项通知如下。
一、拓宽就业渠道。到2022年底，全省新增见习岗位2万个。
二、强化服务保障。各地要加强组织领导。
某某省人力资源和社会保障厅 某某省财政厅 某某省教育厅
2022年5月10日
`,
    );
    expect(d.title).toBe('某某省人力资源和社会保障厅某某省财政厅某某省教育厅关于做好2022年高校毕业生就业创业工作的通知');
    expect(d.docNumber).toBe('某人社发〔2022〕15号');
  });
});
