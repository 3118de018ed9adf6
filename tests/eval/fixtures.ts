// Tiny hand-made gold and predicted documents for the scorer's unit tests.
import type { GoldDocument, GoldTarget } from './gold-schema.js';
import type { PredictedDocument, PredictedTarget } from './collect.js';

export function goldDoc(over: Partial<GoldDocument> = {}): GoldDocument {
  return {
    file: '900_test.txt',
    document: {
      name: '测试省科协2020年科普工作要点',
      issuer: '测试省科协',
      issuedOn: null,
      docNumber: null,
      level: 'provincial',
      region: '测试省',
      year: 2020,
    },
    measures: { count: 0, paths: [] },
    entities: { Organisation: [], Programme: [], TargetGroup: [], Brand: [] },
    aliases: {},
    citedDocuments: [],
    targets: [],
    ...over,
  };
}

export function predictedDoc(over: Partial<PredictedDocument> = {}): PredictedDocument {
  return {
    id: 'doc:test',
    sources: ['900_test.txt'],
    meta: {},
    measures: [],
    entities: { Organisation: [], Programme: [], TargetGroup: [], Brand: [] },
    citedDocuments: [],
    targets: [],
    ...over,
  };
}

export function goldTarget(over: Partial<GoldTarget> = {}): GoldTarget {
  return { text: '举办线上线下科技培训不少于30场', metric: '线上线下科技培训', comparator: '>=', value: 30, unit: '场', ...over };
}

export function predictedTarget(over: Partial<PredictedTarget> = {}): PredictedTarget {
  return { name: '举办线上线下科技培训不少于30场', metric: '线上线下科技培训', comparator: '>=', value: 30, unit: '场', ...over };
}
