// The canned queries' descriptions in Chinese (the console shows them beside the query list). The English ones are the
// files' own headers (cypher/*.cypher `// description:`), shown as they are. Session 37 trial: the Chinese console showed
// every description in English. tests/web/i18n-canned.test.ts asks one for every file of cypher/.
export const CANNED_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = {
  'article-citations':
    '下级文件中按条文号引用给定文件某一条的措施（符合《中华人民共和国国防教育法》第二十八条规定条件的…）：带 citedArticle 的 IMPLEMENTS 关联，附引用文件的层级、地区与发布日期、两份文件发布相隔的天数（lagApprox：缺完整日期时按年份 × 365 估算）、关联的判定与得分，以及 JSON 形式的证据（其中 citations：引用在引用文件中的位置与原文）。按条文排序，同一条内最早的引用文件在前。',
  'citing-documents':
    '谁引用了某份文件：引用它的文件，以及正文用全称或文中定义的简称（以下简称《意见》）提到它的措施，附每处引用在引用文件清洗后文本中的字符位置。分页返回，最早的引用文件在前；total 为所有页的行数。',
  'coverage-gaps':
    '下级文件遗漏了上级文件的哪些内容：上级文件的末级措施（有编号的条款，不含通知语、序言和链接器从不关联的框架条款）中，下级文件没有任何措施直接或经由地区链上一到两份中间文件（市的条例 → 省的 → 法；县的 → 市的 → 省的 → 法）落实（IMPLEMENTS）的；再列出上级文件提及、而下级文件既未提及也未以更窄或冠以地区的形式承接（CARRIES：浙江实施办法的“赡养人”、上海的“上海市科技成果信息系统”）的实体。仅针对上级文件发文单位自身的措施（forIssuerOnly）不算缺口（即覆盖模块的“不适用”）。',
  'document-cascade':
    '给定文件之下、其措施直接或沿链条（市的条例 → 省的 → 法）落实它的每份文件，每对文件一行：下级文件及其落实的级联中的文件，落实与部分落实的关联数，得分与时滞（天）的中位数，下级文件覆盖了上级文件在级联中的多少条措施，以及遗漏的条款路径。一对文件的关联见 implementation-chain，一条措施的见 measure-cascade。分页返回；total 为文件对总数。',
  'document-measures': '某份文件的全部措施，按阅读顺序（通知语、序言、各部分及其编号条目），附每条措施提及的机构、项目、目标人群与品牌，以及它设定的量化指标。',
  'entity-mentions': '提及某个机构、项目、目标人群或品牌的每条措施，附所在文件、所用的写法及其字符位置，最早的文件在前。分页返回；total 为所有页的行数。',
  'groups-by-region':
    '上级文件提及的每个目标人群，以及（上级文件之下的）哪些地区的文件也提及它、各有多少份文件和多少条措施提及；没有任何地区提及的人群，地区为 null。分页返回；total 为所有页的行数。',
  'implementation-chain': '下级文件的措施到上级文件措施的 IMPLEMENTS 关联，按下级文件的阅读顺序，附关联得分、两份文件发布相隔的天数（已知时）和 JSON 形式的证据（两侧的复用文字及位置、共同实体）。',
  'lag-per-region':
    '落实上级文件措施的 IMPLEMENTS 关联，按落实文件所在地区：两份文件发布相隔天数的中位数、最小值与最大值，关联数，以及是否有按年份估算的时滞（缺完整日期时按年份 × 365）。城市单独成行；按省汇总见 lag-per-province。',
  'lag-per-province':
    '落实上级文件措施的 IMPLEMENTS 关联，按落实文件所属的省（市、县的关联按地区的 PART_OF 链计入所属省；没有所属省的单独成行）：两份文件发布相隔天数的中位数、最小值与最大值，关联数，是否有按年份估算的时滞（缺完整日期时按年份 × 365），以及计入该行的地区。',
  'measure-cascade':
    '直接或沿链条（国家 → 省 → 市 → 县）落实给定措施的每条措施，附所在文件的层级、地区与发布日期、链条深度，以及沿途每条关联的判定、得分和时滞。分页返回；total 为所有页的行数。',
  'node-neighbourhood':
    '任意类型的一个节点、与它相连的关系（两个方向）及关系另一端的节点，有数量上限；按关系类型、再按邻居 id 排序。没有邻居的节点返回一次，关系与邻居为空。分页返回；total 为所有页的关系数。节点本身只在每页第一行给出（其他行为空）。节点为 {id, labels, properties}，关系为 {type, start, end, properties}（start、end 为节点 id）；装载器为其他查询派生的属性不返回（为 null）。',
  'programmes-no-province': '上级文件的措施提及、但没有任何省级文件的措施提及、也没有省级文件以更窄或冠以地区的形式承接（CARRIES）的项目与品牌，附上级文件提及各项的次数。',
  'region-gaps':
    '某地区（及其下辖市、县）中位于上级文件之下、与它主题相同（有关联到它的某条措施，或引用了它）、且不早于它发布（除非落实的是修订前的法律文本：带 laterVersion 的 IMPLEMENTS 关联）的每份文件，即覆盖模块的下级文件：上级文件的末级措施（不含通知语、序言，以及链接器从不关联的框架条款 framing）中该文件没有落实的——“gap”（没有关联）或“partial”（只有弱关联），直接或经由地区链上一到两份中间文件（市的条例 → 省的 → 法；县的 → 市的 → 省的 → 法）。仅针对上级文件发文单位自身的措施（forIssuerOnly）不算缺口（但弱落实时仍为“partial”，与覆盖模块一致）。分页返回；total 为所有页的行数。',
};
