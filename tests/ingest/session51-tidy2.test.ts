// Session 51 (helper tidy2, issue 13): the cue words of four rules of this session are lexicon data (learner-cues.txt,
// training-cues.txt, tier-cues.txt, committee-cues.txt), the regexes built from them once per lexicon. Each role is loaded and
// read: the lexicon with one word of the role taken out changes one hit on the sentence the rule was read on (or, marked
// constructed, a short sentence made of its words where no real one has the shape).
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.js';
import { trainedObjectHits } from '../../ingest/extract/trained-objects.js';
import { tieredSystemHits } from '../../ingest/extract/tiered-systems.js';
import type { Lexicon } from '../../ingest/lexicon/load.js';
import { regulation } from './extract/law-text.js';
import { lexicon, structured } from './helpers.js';

type CueFile = 'learnerCues' | 'trainingCues' | 'tierCues' | 'committeeCues';
/** The lexicon with `words` taken out of one role of one cue file. */
function without<F extends CueFile>(file: F, role: keyof Lexicon[F], ...words: string[]): Lexicon {
  const cues = lexicon[file] as Record<string, string[]>;
  return { ...lexicon, [file]: { ...cues, [role]: cues[role as string]!.filter((w) => !words.includes(w)) } };
}
/** The canonical names of `type` extracted from `text` with `lex`. */
const names = (type: string, text: string, lex: Lexicon = lexicon) =>
  [...new Set(extract(structured('x.txt', text), lex).mentions.filter((m) => m.type === type).map((m) => m.canonical))].sort();
/** trainedObjectHits on a clause alone, every position a word boundary (the rule's reading of its lists, no segmenter). */
const trained = (text: string, lex: Lexicon = lexicon) =>
  trainedObjectHits(text, 0, text.length, lex, { starts: { has: () => true }, ends: { has: () => true } }).map((h) => h.canonical);

describe('the four cue files are loaded with their roles', () => {
  it('holds the words the regexes of session 51 held', () => {
    expect(lexicon.learnerCues).toEqual({ joiners: ['、', '和', '及', '以及', '或者', '与'], duties: ['应当', '必须'], accepts: ['接受'], learns: ['培训', '教育', '指导', '辅导'] });
    expect(lexicon.trainingCues).toEqual({
      runs: ['开展', '组织', '举办', '实施', '进行', '加强', '做好'],
      organises: ['组织'],
      organiseAfters: ['应当', '负责', '定期', '并', '和', '及', '共同', '统一'],
      quantifiers: ['各类', '各级', '各', '广大', '全体', '全部', '所有', '一批'],
      kinds: ['职业技能', '技能', '职业', '业务', '专业', '岗前', '岗位', '在岗', '转岗', '安全', '继续教育'],
      trainings: ['培训', '轮训'],
      // (以及: session 53 helper extract, the follower of a training joined to its objects, trainedParties.)
      followers: ['工作', '活动', '和', '及', '等', '以及'],
    });
    expect(lexicon.tierCues).toEqual({
      builds: ['建立', '建设', '构建', '形成', '完善', '健全'],
      facilities: ['馆', '站', '室', '中心', '院', '所', '书屋', '书房', '基地'],
      encourages: ['可以', '鼓励', '支持', '引导', '有条件'],
      tierNames: ['总分馆', '总馆', '分馆', '中心馆', '服务点'],
    });
    expect(lexicon.committeeCues).toEqual({ submits: ['报', '由', '向', '经', '将', '对', '请', '交', '会同', '提请'], functions: ['指导', '协调'] });
  });
});

describe('learner-cues.txt (obliged-learners.ts, lawObligedLearners)', () => {
  // 浙江省家庭教育促进条例 第九条 (education).
  const couples = regulation('浙江省家庭教育促进条例', '新婚夫妻、孕期夫妻、婴幼儿父母、学生家长，应当参加有关国家机关、人民团体、学校、社会组织、村民委员会、居民委员会开展的公益性家庭教育指导活动，接受家庭教育指导。');
  // 浙江省学前教育条例 第二十六条 (a free mirror text).
  const guards = regulation('浙江省学前教育条例', '保安员应当按照国家和省有关规定接受相应专业知识培训。');

  it('reads the joiner, the duty and the accept verb', () => {
    expect(names('TargetGroup', couples)).toContain('孕期夫妻');
    expect(names('TargetGroup', couples, without('learnerCues', 'joiners', '、'))).not.toContain('孕期夫妻');
    expect(names('TargetGroup', couples, without('learnerCues', 'duties', '应当'))).not.toContain('孕期夫妻');
    expect(names('TargetGroup', couples, without('learnerCues', 'accepts', '接受'))).not.toContain('孕期夫妻');
  });
  it('reads the service of learning', () => {
    expect(names('TargetGroup', guards)).toContain('保安员');
    expect(names('TargetGroup', guards, without('learnerCues', 'learns', '培训'))).not.toContain('保安员');
  });
});

describe('training-cues.txt (trained-objects.ts, lawTrainedObjects)', () => {
  // 上海市职业教育条例 第六十五条 (education).
  const abroad = regulation('上海市职业教育条例', '赴境外举办职业培训机构、开展境外员工培训、吸纳境外留学生以及共建高水平产学研平台等的职业学校和职业培训机构，按照相关规定给予支持。');

  it('reads the run verb and the training word', () => {
    expect(names('TargetGroup', abroad)).toContain('境外员工');
    expect(names('TargetGroup', abroad, without('trainingCues', 'runs', '开展'))).not.toContain('境外员工');
    expect(names('TargetGroup', abroad, without('trainingCues', 'trainings', '培训'))).not.toContain('境外员工');
  });
  it('reads the kind of training (浙江省景宁畲族自治县自治条例 第二十八条, the clause from its run verb)', () => {
    const clause = '开展少数民族公民职业技能培训，推广先进适用的生产技术。';
    expect(trained(clause)).toEqual(['少数民族公民']);
    expect(trained(clause, without('trainingCues', 'kinds', '职业技能'))).toEqual([]);
  });
  it('reads the follower of the training word (浙江省全民健身条例, fitness)', () => {
    const clause = '有计划地开展公益社会体育指导员培训工作。';
    expect(trained(clause)).toEqual(['公益社会体育指导员']);
    expect(trained(clause, without('trainingCues', 'followers', '工作'))).toEqual([]);
  });
  it('reads the quantifiers (行政学院工作条例, randoms: 各类 and 各 both open it)', () => {
    const text = regulation('行政学院工作条例', '行政学院应当根据公务员主管部门的培训规划和年度培训计划举办各类公务员培训。');
    expect(names('TargetGroup', text)).not.toContain('各类公务员');
    expect(names('TargetGroup', text, without('trainingCues', 'quantifiers', '各类', '各'))).toContain('各类公务员');
  });
  it('reads 组织 as a verb after a listed word only (constructed on 浙江省家庭教育促进条例 第十六条)', () => {
    const text = regulation('浙江省家庭教育促进条例', '县级以上人民政府应当组织家庭教育指导人才培训。');
    expect(names('TargetGroup', text)).toContain('家庭教育指导人才');
    expect(names('TargetGroup', text, without('trainingCues', 'organiseAfters', '应当'))).not.toContain('家庭教育指导人才');
  });
  it('reads 组织 as a noun elsewhere (constructed on 上海市终身教育促进条例 第九条)', () => {
    const clause = '民办非企业单位以及其他组织在职人员培训。';
    expect(trained(clause)).toEqual([]);
    expect(trained(clause, without('trainingCues', 'organises', '组织'))).toEqual(['在职人员']);
  });
});

describe('tier-cues.txt (tiered-systems.ts, lawTieredSystems)', () => {
  // 宁波市全民阅读促进条例 第八条 (reading).
  const ningbo = regulation('宁波市全民阅读促进条例', '市和区县（市）文化旅游主管部门应当按照国家、省有关公共图书馆建设标准、服务规范和本市全民阅读公共服务基本标准，建立以市级公共图书馆为中心馆、县级公共图书馆为总馆，乡镇（街道）公共图书馆为分馆，村（社区）图书室为基层服务点的公共图书馆服务体系。');

  it('reads the build verb and the facility words', () => {
    expect(names('Programme', ningbo)).toContain('公共图书馆服务体系');
    expect(names('Programme', ningbo, without('tierCues', 'builds', '建立'))).not.toContain('公共图书馆服务体系');
    expect(names('Programme', ningbo, without('tierCues', 'facilities', '馆'))).not.toContain('公共图书馆服务体系');
  });
  it('reads the tier-only names (the sentence of session51-extract2.test.ts, randomj 烟台 第十一条, spent)', () => {
    const text = regulation('宁波市全民阅读促进条例', '市、县（市、区）人民政府应当建立以市级公共图书馆为中心馆，县级公共图书馆为总馆，乡镇、街道综合文化站和城市书房为分馆，村、社区综合性文化服务中心为服务点的总分馆体系。');
    expect(names('Programme', text)).not.toContain('总分馆体系');
    expect(names('Programme', text, without('tierCues', 'tierNames', '总分馆'))).toContain('总分馆体系');
  });
  it('reads the encouraged builder (constructed, as in session51-extract2.test.ts)', () => {
    const text = '鼓励社会力量建立以区县（市）图书馆为总馆、乡镇图书室为分馆的公共阅读服务网络。';
    expect(tieredSystemHits(text, 0, text.length, lexicon)).toEqual([]);
    expect(tieredSystemHits(text, 0, text.length, without('tierCues', 'encourages', '鼓励')).map((h) => h.canonical)).toEqual(['公共阅读服务网络']);
  });
});

describe('committee-cues.txt (guidance-committees.ts, lawOwnGuidanceCommittees)', () => {
  // 宁波市全民阅读促进条例 第五条 (reading).
  const text = regulation('宁波市全民阅读促进条例', '市和区县（市）新闻出版主管部门应当依据国家公共文化服务指导标准和省基本公共文化服务实施标准，结合本市全民阅读工作实际，拟定全民阅读公共服务基本标准并报市全民阅读指导委员会审定。');

  it('reads the verb of submitting and the function', () => {
    expect(names('Organisation', text)).toContain('宁波市全民阅读指导委员会');
    expect(names('Organisation', text, without('committeeCues', 'submits', '报'))).not.toContain('宁波市全民阅读指导委员会');
    expect(names('Organisation', text, without('committeeCues', 'functions', '指导'))).not.toContain('宁波市全民阅读指导委员会');
  });
});
