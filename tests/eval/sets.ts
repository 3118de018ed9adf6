// The gold sets `npm run eval` scores, side by side. Each is a corpus folder, its hand-made gold and
// its floors; IMPLEMENTS links are scored where the set has a links.json.
//   sample — tests/gold on corpus/: the five sample plans the rules were developed on.
//   team   — tests/team-written: four documents written by the team for the purpose (not scraped).
//   real   — tests/real: 20 unedited laws and regulations from the LawRefBook/Laws mirror; the
//            figures the README quotes.
//   unseen — tests/real/unseen: 6 more mirror regulations of another family (献血: the national law,
//            2 provincial 实施办法, 3 city regulations), gold written by reading before any rule was
//            changed for it, never tuned on through the third pass; the fourth pass's development set.
//            Its link gold (5 lower → 献血法 pairs, issue 13) was written by reading and never tuned on.
//   legalaid — tests/real/legalaid: a second held-out family (法律援助: the 国务院 regulation and four
//            provincial ones), gold written by reading before any rule change of issue 9's third pass,
//            then used as the development set of that pass (unseen stays never-tuned).
//   overseas — tests/real/overseas: a third held-out family (归侨侨眷权益保护: the national law and the
//            北京, 浙江, 重庆, 河南 implementing 办法), gold written by reading before the fourth pass of issue 9
//            changed any rule, scored before and after it, never tuned on through the fourth pass; the
//            development family of the fifth pass (entities). Its link gold (浙江, 重庆, 河南 → the 2009 law,
//            issue 13) is held out: written by reading, never tuned on.
//   elderly — tests/real/elderly: a fourth held-out family (老年人权益保障: the national law and the 北京,
//            浙江, 山东 regulations), gold written by reading before the fifth pass changed any rule,
//            scored before and after it, never tuned on through the fifth pass; the development family
//            of session 13 (entities).
//   disability — tests/real/disability: a fifth held-out family (残疾人保障: the national law, 浙江's
//            条例, 济南's 规定), gold written by reading in session 13 before the extractor ran on it;
//            scored before and after that session's rules, never tuned on (its misses are not read).
//   women — tests/real/women: a development family of session 14 (妇女权益保障: the national law of
//            1992/2005/2018, 河南's 实施办法 2008, 济南's 若干规定 2011 approved by 山东), gold written by reading
//            before any rule of that session changed; its misses are read for kinds of rule.
//   minors — tests/real/minors: a development family of session 15 (未成年人保护: the national law of
//            1991/2006/2012/2020/2024, 河南's 条例 2010), gold written by reading before any rule of that
//            session changed; its misses are read for kinds of rule.
//   fitness — tests/real/fitness: a development family of session 16 (全民健身: the 国务院 条例 of 2009/2013,
//            浙江's 条例 2007/2014), gold written by reading before any rule of that session changed; its
//            misses are read for kinds of rule (programme words used as common nouns in laws).
//   charity — tests/real/charity: a development family of session 17 (慈善: the national law of 2016,
//            浙江's 实施办法 2018, 广州's 促进条例 2021 approved by 广东), gold written by reading before any rule of
//            that session changed; its misses are read for kinds of rule (domain words of a new field).
//            Its link gold (浙江 → 慈善法, written by reading in session 17) is a development pair of the linker.
//   fire — tests/real/fire: a development family of session 18 (消防: the national law of 2021, 广东's 实施办法
//            2022, 新乡's 居民住宅区消防安全管理条例 2020 approved by 河南), gold written by reading before any rule of that
//            session changed; its misses are read for kinds of rule (a safety-regulation field: kinds of team and
//            unit, trained posts). Its link gold (广东 → 消防法, session 18) is a development pair of the linker.
//   heritage — tests/real/heritage: a held-out LINK family (非物质文化遗产: the 2011 law, 山东省条例 2015,
//            菏泽市条例 2018), link gold only (山东→法, 菏泽→山东 city→province, 菏泽→法), written by reading
//            (issue 13) before the linker was run on it, never tuned on; no extraction gold.
//   weather  — tests/real/weather: a second held-out LINK family (气象灾害防御: the 国务院 regulation, 山东省条例,
//            青岛市条例), link gold only (山东→国务院, 青岛→山东 city→province, 青岛→国务院), written and
//            committed like heritage's; no extraction gold.
//   residents — tests/real/residents: a LINK family of session 32 (城市居民委员会组织法: the 1989 law as amended 2018,
//            北京's 实施办法 1991, 河南's 实施办法 1994/2020, 上海's 居民委员会工作条例 2017/2020), link gold only (three
//            lower → law pairs), written by reading and committed before the linker was run on it (before.txt); a
//            development set after that first score.
//   teachers — tests/real/teachers: a LINK family of session 33 (教师法: the 1993 law as amended 2009, 上海's 实施办法
//            1997, 浙江's 1997 as amended 2004/2021, 河南's 1995 as amended 2010), link gold only (three lower → law pairs),
//            written by reading and committed before the linker was run on it (before.txt); a development set after.
//   statistics — tests/real/statistics: a LINK family of session 34 (统计法: the 1983 law as revised 2009, 北京's 统计条例
//            2015, 山东's 统计管理条例 1993/2017, 浙江's 统计工作监督管理条例 1990/2020), link gold only (three lower → law
//            pairs), written by reading and committed before the linker was run on it (before.txt); a development set after.
//   incometax — tests/real/incometax: a LINK family of session 36 (个人所得税法 2018 → 国务院's 个人所得税法实施条例 2018: two
//            documents of the central level, the legal-rank rule), link gold only (one pair), written by the lead by
//            reading and committed before the linker was run on it (before.txt); a development set after.
//   familyviolence — tests/real/familyviolence: a HELD-OUT LINK family of session 37 (反家庭暴力法 2015 → 山东省反家庭暴力条例
//            2018), link gold only (one pair), written by the lead by reading both texts whole and committed before the
//            linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   buildingenergy — tests/real/buildingenergy: a HELD-OUT three-level LINK family of session 37 (民用建筑节能条例 国务院 2008 →
//            山东省 2020 → 青岛市 2022), link gold only (three pairs), written and committed like familyviolence's.
//   language — tests/real/language: a HELD-OUT LINK family of session 38 (国家通用语言文字法 2000 → 上海市实施办法 2005 and
//            北京市实施若干规定 2003: one law, two regions' rules), link gold only (two pairs), written and committed like
//            familyviolence's.
//   earthquake — tests/real/earthquake: a HELD-OUT LINK family of session 39 (防震减灾法 2008 → 北京市实施规定 2013 and
//            浙江省防震减灾条例 2017/2021: one law, two regions' rules), link gold only (two pairs), written and committed like
//            familyviolence's.
//   coop — tests/real/coop: a HELD-OUT LINK family of session 40 (农民专业合作社法 2017 → 上海市实施办法 2020 and
//            重庆市实施办法 2022: one law, two regions' rules), link gold only (two pairs), written and committed like
//            familyviolence's.
//   civildefence — tests/real/civildefence: a development LINK family of session 41 (人民防空法 2009 → 河南省实施办法 2020 and
//            浙江省实施办法 2020: one law, two regions' rules, many articles carried in the regions' own words), link gold
//            only (two pairs), written by the lead by reading the three texts whole and committed before the linker was
//            run on it (before.txt); a development set after (its errors may be read and tuned on).
//   techtransfer — tests/real/techtransfer: a development LINK family of session 42 (促进科技成果转化法 2015 → 山东省, 上海市促进
//            科技成果转化条例 2017, 浙江省 2021 added in session 43: the science-promotion genre — encouragements, umbrella duties,
//            rewards), link gold (three pairs) and, from session 43, extraction gold of its four texts (the first development
//            extraction gold of the genre), written by the lead by reading the texts whole and committed before the linker was run on it
//            (before.txt); a development set after.
//   standards — tests/real/standards: a development LINK family of session 45 (标准化法 2017 → 上海市标准化条例 2019 and
//            山东省标准化条例 2020: the science-and-technology administration genre, one law, two regions' rules), link gold only
//            (two pairs), written by a helper by reading the three texts whole and committed before the linker was run on it
//            (before.txt); a development set after (its errors may be read and tuned on).
//   sme — tests/real/sme: a development LINK family of session 46 (中小企业促进法 2017 → 上海市促进中小企业发展条例 2011/2018
//            and 北京市促进中小企业发展条例 2020: a promotion law of the science-and-technology administration genre, the shape
//            of the reserved 科学技术进步法 and 科普法 families), link gold only (two pairs), written by a helper by reading the
//            three texts whole and committed before the linker was run on it (before.txt); a development set after (its
//            errors may be read and tuned on).
//   rural — tests/real/rural: a development LINK family of session 47 (乡村振兴促进法 2021 → 广东省乡村振兴促进条例 2022 and
//            北京市乡村振兴促进条例 2024: a promotion law, the shape of the reserved 科学技术进步法 and 科普法 families, as sme; the
//            longest yet, 74 articles of duties of governments and the state), link gold only (two pairs), written by a helper by
//            reading the three texts whole and committed before the linker was run on it (before.txt); a development set after
//            (its errors may be read and tuned on).
//   culture — tests/real/culture: a development LINK family of session 48 (公共文化服务保障法 2016 → 上海市公共文化服务保障与促进
//            条例 2020 and 浙江省公共文化服务保障条例 2017, the mirror's copy ending at 第十六条: a guarantee law of facilities,
//            services, volunteers and funds, the nearest free neighbour of the reserved 科普法 family), link gold only (two
//            pairs), written by a helper by reading the three texts whole and committed before the linker was run on it
//            (before.txt); a development set after (its errors may be read and tuned on).
//   library — tests/real/library: a development LINK family of session 49 (公共图书馆法 2017/2018 → 上海市公共图书馆条例 2024:
//            a guarantee law of facilities, services, volunteers and evaluation, a free neighbour of the reserved 科普法
//            family, as culture), link gold only (one pair), written by a helper by reading the two texts whole and
//            committed before the linker was run on it (before.txt); a development set after (its errors may be read and
//            tuned on).
//   tourism — tests/real/tourism: a development LINK family of session 49 (旅游法 2018 → 上海市旅游条例 2020 and 郑州市旅游业
//            管理条例 2021, both older texts last amended after the law: a law of a trade, its operators, contracts, safety
//            and supervision, the regulatory shape the promotion families lack), link gold only (two pairs), written by a
//            helper by reading the three texts whole and committed before the linker was run on it (before.txt); a
//            development set after (its errors may be read and tuned on).
//   investment — tests/real/investment: a development LINK family of session 50 (外商投资法 2019 → 上海市外商投资条例 2020
//            and 北京市外商投资条例 2024: a promotion law of the reserved 科学技术进步法 family's shape — the state's duties,
//            services and policies, then protection and management), link gold only (two pairs), written by a helper by
//            reading the three texts whole and committed before the linker was run on it (before.txt); a development set
//            after (its errors may be read and tuned on).
//   mental — tests/real/mental: a development LINK family of session 50 (精神卫生法 2012/2018 → 山东省精神卫生条例 2019 and
//            浙江省精神卫生条例 2019, both written from the law after its 2018 amendment: a law of promotion and prevention
//            (publicity, education, school and workplace duties, the popularisation of mental-health knowledge) and then of
//            services, rights and guarantees), link gold only (two pairs), written by a helper (linkgold3) by reading the
//            three texts whole and committed before the linker was run on it (before.txt); a development set after (its
//            errors may be read and tuned on).
//   volunteer — tests/real/volunteer: a development LINK family of session 51 (志愿服务条例 2017, 国务院's administrative
//            regulation → 河南省志愿服务条例 2018 and 山东省志愿服务条例 2021, both written from it and naming it as their
//            basis: the promotion genre of the reserved 科普 family — volunteers, organisations, recruitment, training,
//            records, promotion measures, publicity, recognition), link gold only (two pairs), written by a helper
//            (linkgold) by reading the three texts whole and committed before the linker was run on it (before.txt); a
//            development set after (its errors may be read and tuned on). Its three files are also the real set's (the
//            same blobs), so it is not in MIXED_SETS (tests/eval/mixed.ts).
//   safety — tests/real/safety: a development LINK family of session 52 (安全生产法 2021, the third amendment → 北京市安全生产
//            条例 2022 and 山东省安全生产条例 2021, both revised after the amendment and naming the law as their basis: a
//            regulation law of duties, supervision and sanctions whose lower texts hold lists of duties whose items each carry
//            a different law article), link gold only (two pairs), written by a helper (linkgold) by reading the three texts
//            whole and committed before the linker was run on it (before.txt); a development set after (its errors may be
//            read and tuned on). Its files are new to every other set, so it is in MIXED_SETS.
//   animal — tests/real/animal: a development LINK family of session 53 (动物防疫法 2021, the second revision → 山东省动物防疫
//            条例 as amended 2021-12-03 and 广东省动物防疫条例 as revised 2021-12-01, both after the revision and naming the law
//            as their basis: a regulation law of a sector's prevention, quarantine, treatment and supervision, with sanctions
//            the provinces copy for their own duties), link gold only (two pairs), written by a helper (linkgold) by reading
//            the three texts whole and committed before the linker was run on it (before.txt); a development set after (its
//            errors may be read and tuned on). Its files are new to every other set, so it is in MIXED_SETS.
//   wildlife — tests/real/wildlife: a development LINK family of session 54 (野生动物保护法, the 2016 revision as amended
//            2018-10-26 → 山东省实施《野生动物保护法》办法 as amended 2018-01-23 and 河南省实施《野生动物保护法》办法 as amended
//            2018-09-29, both naming the law as their basis: 山东's carries the 2016 revision's words, 河南's keeps the 1988
//            law's; a protection law of lists, permits and bans that the provinces copy for their own key animals), link gold
//            only (two pairs), written by a helper (linkgold) by reading the three texts whole and committed before the linker
//            was run on it (before.txt); a development set after (its errors may be read and tuned on). Its files are new to
//            every other set, so it is in MIXED_SETS.
//   tendering — tests/real/tendering: a development LINK family of session 55 (招标投标法 as amended 2017-12-27 →
//            北京市招标投标条例 as amended 2021-09-24 and 重庆市招标投标条例 as revised 2016 and amended 2018-07-26, both naming
//            the law as their basis; a procedure law of a market — who must tender, how, the committee, the award — whose two
//            regulations add their own bodies, venues and sanctions), link gold only (two pairs), written by a helper
//            (linkgold) by reading the three texts whole and committed before the linker was run on it (before.txt); a
//            development set after (its errors may be read and tuned on). Its files are new to every other set, so it is in
//            MIXED_SETS.
//   mineral — tests/real/mineral: a development LINK family of session 56 (矿产资源法 as amended 2009-08-27 →
//            重庆市矿产资源管理条例 as revised 2020-06-05 and 浙江省矿产资源管理条例 of 2000 as amended 2013-12-19, both naming
//            the law as their basis; a law of state ownership and licences — the rights, their registration, approval and
//            transfer, exploration, mining and its duties, sanctions — whose two regulations add their own plans, procedures
//            and land-restoration schemes), link gold only (two pairs), written by a helper (linkgold) by reading the three
//            texts whole and committed before the linker was run on it (before.txt); a development set after (its errors may
//            be read and tuned on). Its files are new to every other set, so it is in MIXED_SETS.
//   water — tests/real/water: a development LINK family of session 57 (水污染防治法 as amended 2017-06-27 →
//            山东省水污染防治条例 of 2018 as amended 2020-11-27 and 广东省水污染防治条例 of 2020 as amended 2021-09-29, both
//            naming the law as their basis; a law of pollution control — standards, plans, permits, monitoring, the
//            industrial, urban, rural and ship measures, drinking-water protection areas, accidents, sanctions — whose two
//            regulations add their own zones, bans and sanctions), link gold only (two pairs), written by a helper (linkgold)
//            by reading the three texts whole and committed before the linker was run on it (before.txt); a development set
//            after (its errors may be read and tuned on). Its files are new to every other set, so it is in MIXED_SETS.
//   soil — tests/real/soil: a development LINK family of session 58, the first with three levels in one set
//            (土壤污染防治法 of 2018-08-31 → 山东省土壤污染防治条例 of 2019-11-29 → 菏泽市土壤污染防治条例 of 2021, the city rule
//            naming both the law and the province's 条例 as its bases; a law of pollution control — the key supervised units,
//            agricultural inputs, the farmland and construction-land procedures of risk control and remediation, funds,
//            inspection, sanctions), link gold only (three pairs: 山东 → 法, 菏泽 → 山东, 菏泽 → 法, each read on its own: the
//            set's README), written by a helper (linkgold) by reading the three texts whole and committed before the linker
//            was run on it (before.txt); a development set after (its errors may be read and tuned on). Its files are new to
//            every other set, so it is in MIXED_SETS.
//   archives — tests/real/archives: a development LINK family of session 59, a national law carried by its State Council
//            regulation chapter by chapter (档案法 of 2020-06-20 → 档案法实施条例 of 2024, which names the law as its basis:
//            two central texts of two legal ranks, as incometax — the bodies and their duties, filing and transfer, storage,
//            exit, entrusted services, opening, use and publication, electronic archives, supervision, sanctions), link gold
//            only (one pair), written by a helper (linkgold3) by reading both texts whole and committed before the linker was
//            run on it (before.txt); a development set after. Its files are new to every other set, so it is in MIXED_SETS.
//   leave — tests/real/leave: a development LINK family of session 59 of the ministry-rule genre (held out: registration):
//            职工带薪年休假条例 (国务院令第514号, 2007) → 企业职工带薪年休假实施办法 (人力资源和社会保障部, 2008-07-17), the 办法 naming
//            the 条例 as its basis, the 条例 authorising the two ministries each for its remit (第九条); link gold only (one
//            pair), written by a helper (linkgold) by reading both texts whole and committed before the linker was run on it
//            (before.txt); a development set after. The 办法 is also in the metadata set kinds (not a link set, not mixed);
//            no other set holds either file, so it is in MIXED_SETS.
//   price — tests/real/price: a development LINK family of session 59 of the ministry-rule genre: 价格法 (1997) →
//            明码标价和禁止价格欺诈规定 (国家市场监督管理总局令第56号, 2022), the rule naming the law (and a 行政法规) as its basis and
//            carrying two of its duties (明码标价, 第十三条; price fraud, 第十四条 item (四)) and their sanctions; link gold only
//            (one pair; only what the rule carries of the 价格法), written by a helper (linkgold) by reading both texts whole and
//            committed before the linker was run on it (before.txt); a development set after. Its files are new to every other
//            set, so it is in MIXED_SETS.
//   cosmetics — tests/real/cosmetics: a development LINK family of session 60 of the ministry-rule genre (held out: registration):
//            化妆品监督管理条例 (国务院令第727号, 2020) → 化妆品生产经营监督管理办法 (国家市场监督管理总局令第46号, 2021), the 办法
//            naming the 条例 as its basis and carrying its licence, production, trade and supervision provisions; link gold only
//            (one pair), written by a helper (linkgold) by reading both texts whole and committed before the linker was run on
//            it (before.txt); a development set after. Its files are new to every other set, so it is in MIXED_SETS.
//   foodcheck — tests/real/foodcheck: a development LINK family of session 60 of the ministry-rule genre, a law on top (as price):
//            食品安全法 (2021 amendment) → 食品生产经营监督检查管理办法 (国家市场监督管理总局令第49号, 2021), the 办法 naming the law
//            (and its 实施条例) as its basis and carrying its inspection provisions; link gold only (one pair; only what the rule
//            carries of the 食品安全法), written by a helper (linkgold) by reading both texts whole and committed before the
//            linker was run on it (before.txt); a development set after. Its files are new to every other set, so it is in
//            MIXED_SETS.
//   labour — tests/real/labour: a development LINK family of session 60, a national law carried by its State Council
//            regulation (劳动合同法 adopted 2007-06-29, the text here its 2012-12-28 amendment → 劳动合同法实施条例 of 2008-09-18,
//            which names the law as its basis: two central texts of two legal ranks, as incometax and archives — the written
//            contract and the double wage, open-ended contracts, the grounds to end, compensation, dispatch, sanctions), link
//            gold only (one pair), written by a helper (linkgold2) by reading both texts whole and committed before the linker
//            was run on it (before.txt); a development set after. Its files are new to every other set, so it is in MIXED_SETS.
//   trademark — tests/real/trademark: a development LINK family of session 61, a national law carried by its State Council
//            regulation (商标法 adopted 1982-08-23, the text here its 2019-04-23 amendment → 商标法实施条例 revised 2014-04-29
//            under the 2013 text, which names the law as its basis: two central texts of two legal ranks, as incometax, archives
//            and labour — well-known marks, the application, opposition, transfer, the Madrid registration, review by the board,
//            cancellation, infringement, agencies), link gold only (one pair), written by a helper (linkgold3) by reading both
//            texts whole and committed before the linker was run on it (before.txt); a development set after. Its files are
//            new to every other set, so it is in MIXED_SETS.
//   traffic — tests/real/traffic: a development LINK family of session 61, the second with three levels in one set
//            (道路交通安全法 adopted 2003-10-28, the text here its 2021-04-29 amendment → 山东省实施《道路交通安全法》办法 of 2008,
//            amended 2012-01-13 → 聊城市道路交通安全条例 of 2016, amended 2021-12-03, the city rule naming both the law and the
//            province's 办法 as its bases: registration, road conditions and works, traffic rules, accidents, fines within the
//            law's ranges), link gold only (three pairs: 山东 → 法, 聊城 → 山东, 聊城 → 法, each read on its own: the set's
//            README), written by a helper (linkgold) by reading the three texts whole and committed before the linker was run
//            on it (before.txt); a development set after. Its files are new to every other set, so it is in MIXED_SETS.
//   police — tests/real/police: a development LINK family of session 61 of the ministry-rule genre (道路交通安全法, the 2021
//            text, the same file as traffic's → the 公安部's 道路交通事故处理程序规定 (2017/2018) and → its 道路交通安全违法行为
//            处理程序规定 (2008, amended 2020): the accident procedure, the violation procedure, compulsory measures, penalties),
//            link gold only (two pairs, neither rule under the other: the set's README), written by a helper (linkgold6) by
//            reading the three texts whole and committed before the linker was run on it (before.txt); a development set
//            after. Its law file is traffic's (the same blob), so it is left out of MIXED_SETS.
//   licence — tests/real/licence: a development LINK family of session 62 of the ministry-rule genre under a State Council
//            条例 (道路交通安全法实施条例 (国务院令第405号; the mirror's 2017 file) → the 公安部's 机动车驾驶证申领和使用规定 and →
//            its 道路交通安全违法行为记分管理办法 (both 2021-12-17): the licence's application, examination, validity, 审验 and
//            probation, the cumulative points, sanctions), link gold only (two pairs, neither rule under the other; the law,
//            which both rules also name, is not in the corpus: the set's README), written by a helper (linkgold2) by reading
//            the three texts whole and committed before the linker was run on it (before.txt); a development set after. Its
//            files are new to every other set, but it is left out of MIXED_SETS for now (mixed.ts: the mixed corpus with it
//            failed at the relink after the heap bound).
//   flood — tests/real/flood: a development LINK family of session 62, a law carried by two provinces' 实施办法 (防洪法, the
//            mirror's 2016 text → 北京市实施《防洪法》办法 (2001; file 2019-07-26) and → 河南省实施《防洪法》办法 (2000, amended
//            2016-03-29), both made under the 1997 text: plans, river management, flood areas, headquarters, defence plans,
//            dispatch, funds, sanctions), link gold only (two pairs, the two 办法 not linked to each other: the set's README),
//            written by a helper (linkgold3) by reading the three texts whole and committed before the linker was run on it
//            (before.txt); a development set after. Its files are new to every other set, so it is in MIXED_SETS.
//   drugs — tests/real/drugs: a development LINK family of session 63, a law carried by two provinces' 条例 (禁毒法 2007 →
//            山东省禁毒条例 2017 and → 重庆市禁毒条例 1997, revised 2012-11-29: the commissions, publicity duties, control of
//            narcotics and precursors, detox measures, sanctions; both also name the 戒毒条例, not in the corpus), link gold only
//            (two pairs, the two 条例 not linked to each other: the set's README), written by a helper (linkgold2) by reading the
//            three texts whole and committed before the linker was run on it (before.txt); a development set after. Its files
//            are new to every other set, so it is in MIXED_SETS.
//   agrimach — tests/real/agrimach: a HELD-OUT LINK family of session 46 (农业机械化促进法 2004/2018 → 山东省农业机械化促进条例
//            2007/2020 and 浙江省农业机械化促进条例 2012/2020: a promotion law, the shape of the reserved 科学技术进步法 and 科普法
//            families, as sme), link gold only (two pairs), written by a helper by reading the three texts whole and committed
//            before the linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   employment — tests/real/employment: a HELD-OUT LINK family of session 47 (就业促进法 2007/2015 → 山东省就业促进条例
//            2004/2009/2016: a promotion law, the shape of the reserved 科学技术进步法 and 科普法 families, as agrimach), link gold
//            only (one pair), written by a helper by reading the two texts whole and committed before the linker was run on
//            it (before.txt); never tuned on, scored once per session, totals only.
//   cleanprod — tests/real/cleanprod: a HELD-OUT LINK family of session 47 (清洁生产促进法 2002/2012 → 山东省清洁生产促进条例
//            2010/2020: a promotion law, as agrimach and employment), link gold only (one pair), written by a helper by
//            reading the two texts whole and committed before the linker was run on it (before.txt); never tuned on, scored
//            once per session, totals only.
//   ecommerce — tests/real/ecommerce: a HELD-OUT LINK family of session 48 (电子商务法 2018 → 浙江省电子商务条例 2021: a law
//            that regulates market actors and promotes, and a short, selective provincial rule that adds much of its own),
//            link gold only (one pair), written by a helper by reading the two texts whole and committed before the linker
//            was run on it (before.txt); never tuned on, scored once per session, totals only.
//   wetland — tests/real/wetland: a HELD-OUT LINK family of session 48 (湿地保护法 2021 → 广东省湿地保护条例 2022: a
//            protection law and the first province's 条例 after it), link gold only (one pair), written by a helper by reading
//            the two texts whole and committed before the linker was run on it (before.txt); never tuned on, scored once
//            per session, totals only.
//   renewable — tests/real/renewable: a HELD-OUT LINK family of session 50 (可再生能源法 2009 → 浙江省可再生能源开发利用促进条例
//            2021 and 山东省农村可再生能源条例 2020: a promotion law of the technology genre, the reserved 科学技术进步法's shape;
//            浙江 on the whole field, 山东 on its rural article), link gold only (two pairs), written by a helper by reading the
//            three texts whole and committed before the linker was run on it (before.txt); never tuned on, scored once per
//            session, totals only.
//   audit — tests/real/audit: a HELD-OUT LINK family of session 51 (审计法 2021 → 北京市审计条例 2023: a supervision law of
//            the state's own organs — audit bodies, duties, powers, procedure, liability — and a city's 条例 revised two
//            years after it), link gold only (one pair), written by a helper by reading the two texts whole and committed
//            before the linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   consumer — tests/real/consumer: a HELD-OUT LINK family of session 52 (消费者权益保护法 2013 → 山东省消费者权益保护条例 2017
//            and 浙江省实施《消费者权益保护法》办法 2017: a rights-and-duties law of the market — consumers' rights, operators'
//            duties, the state's protection, associations, disputes, liability —; 山东's mirror text ends at its 第五十二条),
//            link gold only (two pairs), written by a helper by reading the three texts whole and committed before the
//            linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   foodwaste — tests/real/foodwaste: a HELD-OUT LINK family of session 52 (反食品浪费法 2021 → 北京市反食品浪费规定 2021: a
//            conduct law by kind of actor — governments, departments, catering, canteens, schools, platforms, families,
//            associations, media; supervision, donations, liability — and a city's 规定 four weeks after it), link gold only
//            (one pair), written by a helper by reading the two texts whole and committed before the linker was run on it
//            (before.txt); never tuned on, scored once per session, totals only.
//   deputies — tests/real/deputies: a HELD-OUT LINK family of session 53 (全国人民代表大会和地方各级人民代表大会代表法 2015 →
//            山东省实施《代表法》办法 2015 and 浙江省实施《代表法》办法 2016: an organisational law of the people's congresses —
//            the deputies' rights and duties, their work in and between sessions, the guarantees, their supervision — which
//            the provinces restate article by article for their own levels), link gold only (two pairs), written by a helper
//            by reading the three texts whole and committed before the linker was run on it (before.txt); never tuned on,
//            scored once per session, totals only.
//   equipment — tests/real/equipment: a HELD-OUT LINK family of session 54 (特种设备安全法 2013 → 山东省特种设备安全条例 2015
//            and 重庆市特种设备安全条例 2020: a regulatory-safety law over one class of dangerous equipment — licences,
//            registration, users' duties, inspection bodies, supervision, graded accidents, sanctions — whose lower texts
//            add many duties and sanctions of their own), link gold only (two pairs), written by a helper by reading the
//            three texts whole and committed before the linker was run on it (before.txt); never tuned on, scored once per
//            session, totals only.
//   quality — tests/real/quality: a HELD-OUT LINK family of session 55 (产品质量法, its 2018 text → 山东省实施《产品质量法》办法
//            2001/2015 and 重庆市产品质量条例 2014, which carry the law's 2000/2009 text: a market-regulation law of product
//            quality — sampling inspection, the producers' and sellers' prohibitions, product liability, sanctions — whose
//            lower texts keep its supervision and add procedures of their own), link gold only (two pairs), written by a
//            helper by reading the three texts whole and committed before the linker was run on it (before.txt); never tuned
//            on, scored once per session, totals only.
//   marine — tests/real/marine: a HELD-OUT LINK family of session 56 (海洋环境保护法, its 2017 text → 山东省海洋环境保护条例
//            2004/2018 and 浙江省海洋环境保护条例 2004/2017, the latter carrying the law's 2016 text: an environmental law of one
//            medium — the departments' division of supervision, zoning, plans and standards, total-load control, marine
//            ecology, pollution by source (land, coastal works, marine works, dumping, ships), sanctions — whose lower texts
//            divide the supervision again and add rules of their own), link gold only (two pairs), written by a helper by
//            reading the three texts whole and committed before the linker was run on it (before.txt); never tuned on,
//            scored once per session, totals only.
//   land — tests/real/land: a HELD-OUT LINK family of session 57 (土地管理法, its 2019 text → 浙江省土地管理条例 2021 and
//            广东省土地管理条例 2022, both also carrying the law's 实施条例 of 2021: a resource-administration law — public
//            ownership, the 国土空间规划 that replaces the land-use plan, farmland protection, conversion approval,
//            expropriation and its procedure and compensation, homesteads, supervision, sanctions — whose lower texts spell
//            out the expropriation step by step and add rules of their own), link gold only (two pairs), written by a helper
//            by reading the three texts whole and committed before the linker was run on it (before.txt); never tuned on,
//            scored once per session, totals only.
//   registration — tests/real/registration: a HELD-OUT LINK family of session 58 (市场主体登记管理条例, the State Council's
//            regulation of 2021 → 市场主体登记管理条例实施细则, the 市场监督管理总局's rule of 2022 that names it as its basis: a
//            genre in no other family, a 行政法规 carried by a ministry's 部门规章 at the centre — registered and filed items,
//            the registration procedure, establishment, change, suspension, cancellation, revocation, supervision, sanctions —
//            whose 细则 restates much of the 条例 and adds materials, deadlines and steps of its own), link gold only (one
//            pair), written by a helper by reading both texts whole and committed before the linker was run on it
//            (before.txt); never tuned on, scored once per session, totals only.
//   seaarea — tests/real/seaarea: a HELD-OUT LINK family of session 58 (海域使用管理法 2001 → 山东省海域使用管理条例
//            2003/2015, 浙江省海域使用管理条例 2012/2017 and 广东省海域使用管理条例 2007/2021: a resource-administration law
//            over the sea in public ownership — marine functional zoning, application and graded approval, use rights
//            and their terms, renewal and recovery, the use fee, supervision, sanctions — whose lower texts set the approval
//            authority the law leaves to the province and add procedures of their own), link gold only (three pairs), written
//            by a helper by reading the four texts whole and committed before the linker was run on it (before.txt); never
//            tuned on, scored once per session, totals only.
//   air — tests/real/air: a HELD-OUT LINK family of session 59, a three-level cascade like soil (大气污染防治法 2018 text →
//            山东省大气污染防治条例 2016/2018 → 济宁市大气污染防治条例 2016/2021, a city under both: a pollution-control law by
//            source — standards and attainment plans, supervision, coal, industry, vehicles and ships, dust, agriculture and
//            other sources, key regions, heavy pollution weather, sanctions — whose province and city restate much of it and
//            add schemes of their own), link gold only (three pairs, each read on its own), written by a helper by reading the
//            three texts whole and committed before the linker was run on it (before.txt); never tuned on, scored once per
//            session, totals only.
//   secrets — tests/real/secrets: a HELD-OUT LINK family of session 59, a law and its State Council 实施条例 like incometax and
//            archives (保守国家秘密法 2024 revision → 保守国家秘密法实施条例 2024 revision, 国务院令第786号: classification, the
//            secrecy system — carriers, systems, products, networks, data, meetings, enterprises, 涉密人员 —, supervision,
//            sanctions, chapter by chapter), link gold only (one pair), written by a helper by reading both texts whole and
//            committed before the linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   procurement — tests/real/procurement: a HELD-OUT LINK family of session 60, a law and its State Council 实施条例 like
//            incometax, archives and secrets (政府采购法 2014 amendment → 政府采购法实施条例 2015, 国务院令第658号: terms defined,
//            the parties, methods, procedure, contracts, challenges and complaints, supervision, sanctions naming the law's
//            articles, chapter by chapter), link gold only (one pair), written by a helper by reading both texts whole and
//            committed before the linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   soilwater — tests/real/soilwater: a HELD-OUT LINK family of session 61 (水土保持法 2010 revision → 山东省水土保持条例 2014 and
//            → 淄博市水土保持若干规定 1995/2018: the city text names only the law by title, so both lower texts link to the law
//            only — planning, prevention, the 水土保持方案, treatment, monitoring and supervision, sanctions), link gold only (two
//            pairs), written by a helper by reading the three texts whole and committed before the linker was run on it
//            (before.txt); never tuned on, scored once per session, totals only.
//   ruralroads — tests/real/ruralroads: a HELD-OUT LINK family of session 61, three levels (公路法 2017 text → 山东省农村公路条例
//            2018 → 枣庄市农村公路条例 2020, the city naming both the law and the province's 条例 — planning, construction,
//            maintenance, funds, protection of 村道, sanctions), link gold only (three pairs), written by a helper by reading the
//            three texts whole and committed before the linker was run on it (before.txt); never tuned on, scored once per
//            session, totals only.
//   devices — tests/real/devices: a HELD-OUT LINK family of session 61, the ministry-rule genre's second (医疗器械监督管理条例 2021
//            → 医疗器械生产监督管理办法 2022 and → 医疗器械注册与备案管理办法 2021, two pairs, the 办法 not linked to each other —
//            production licence and quality management, registration, filing, clinical evaluation, supervision, sanctions), link
//            gold only, written by a helper by reading the three texts whole and committed before the linker was run on it
//            (before.txt); never tuned on, scored once per session, totals only.
//   seed — tests/real/seed: a HELD-OUT LINK family of session 62, a law carried by two provinces (种子法 2021 text → 北京市种子条例
//            2022 and → 山东省种子条例 2019, the latter made under the law's 2015 text; two pairs, the 条例 not linked to each other —
//            germplasm, variety examination and registration, the production and sale licence, labels, quality supervision,
//            support, sanctions), link gold only, written by a helper by reading the three texts whole and committed before the
//            linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   fishery — tests/real/fishery: a HELD-OUT LINK family of session 63, a law carried by two provinces' 实施办法 (渔业法 2013 text →
//            山东省实施《渔业法》办法 2018 and → 河南省实施《渔业法》办法 2018; two pairs, the 办法 not linked to each other — the
//            departments, the 养殖证, seed approvals, the catch quota and the 捕捞许可证, enhancement and its fee, closed seasons,
//            gear and fry, sanctions), link gold only, written by a helper by reading the three texts whole and committed before
//            the linker was run on it (before.txt); never tuned on, scored once per session, totals only.
//   innovation — tests/real/innovation: an EXTRACTION set of session 44 (舟山 2019 and 青岛 2011 科技创新促进条例 by the lead, 宁波
//            2011 and 上海市推进科技创新中心建设条例 2020 by a helper: cities' science-and-innovation regulations, the nearest free
//            texts to the genre the project is judged on), gold written by reading each text whole and committed before our code was run on it (before.txt); a development set after.
//   innovation2 — tests/real/innovation2: a second development EXTRACTION set of the genre, session 45 (helper gold, issue 13):
//            郑洛新国家自主创新示范区条例 2020, 浙江省高新技术促进条例 2021, 广州市青年创新创业促进条例 2023; gold written by reading each
//            text whole and committed before our code was run on it (before.txt); a development set after.
//   innovation3 — tests/real/innovation3: a third development EXTRACTION set of the genre, session 46 (helper extgold, issue 13):
//            上海市促进农业科技进步若干规定 2024 (a 科技进步 regulation of one sector), 河南省促进高新技术产业发展条例 2011 and
//            北京国际科技创新中心建设条例 2024; gold written by reading each text whole and committed before our code was run on it
//            (before.txt for the first two, before-beijing.txt for the three); a development set after.
//   digital — tests/real/digital: a development EXTRACTION set of a neighbouring genre (数字经济 promotion laws), session 47
//            (helper extgold, issue 13): 浙江省数字经济促进条例 2020 and 北京市数字经济促进条例 2022; gold written by reading each
//            text whole and committed before our code was run on it (before.txt); a development set after.
//   techmarket — tests/real/techmarket: a development EXTRACTION set of the technology-administration genre, session 48
//            (helper extgold, issue 13): 浙江省技术市场条例 2021, 北京市专利保护和促进条例 2013 and 河南省技术市场条例 2010; gold
//            written by reading each text whole and committed before our code was run on it (before.txt); a development set
//            after. 浙江's text is also randomv-heldout's (spent in session 23): its figure there is not blind.
//   hightech — tests/real/hightech: a development EXTRACTION set of the technology-promotion genre, session 49 (helper
//            extgold, issue 13): 广东省知识产权保护条例 2022, 河南省促进科技成果转化条例 2019 and 浙江省专利条例 2015; gold written by
//            reading each text whole and committed before our code was run on it (before.txt); a development set after. (The
//            brief's 浙江 高新技术 and 河南 高新技术产业 texts are innovation2's and innovation3's gold already: replaced, see its README.)
//   education — tests/real/education: a development EXTRACTION set of the education-promotion genre, session 50 (helper
//            extgold, issue 13): 上海市职业教育条例 2018, 宁波市职业教育校企合作促进条例 2020 and 浙江省家庭教育促进条例 2019; gold
//            written by reading each text whole and committed before our code was run on it (before.txt); a development set
//            after. Floors = the blind score rounded down to 0.05, minus 0.05.
//   reading — tests/real/reading: a development EXTRACTION set of the reading/volunteering-promotion genre, session 51
//            (helper extgold, issue 13): 宁波市全民阅读促进条例 2019, 温州市全民阅读促进条例 2021 and 上海市志愿服务条例 2019 (the
//            last is also the real set's: a second reading of it, made blind); gold written by reading each text whole and
//            committed before our code was run on it (before.txt); a development set after. Floors = the blind score rounded
//            down to 0.05, minus 0.05.
//   promotion2 — tests/real/promotion2: a development EXTRACTION set of the promotion-regulation genre, session 52 (helper
//            extgold, issue 13): 上海市终身教育促进条例 (printed without its adoption line), 上海市高等教育促进条例 2017 and
//            山东省大数据发展促进条例 2021 (the mirror's text stops after 第十八条); gold written by reading each text whole and
//            committed before our code was run on it (before.txt); a development set after. Floors = the blind score rounded
//            down to 0.05, minus 0.05.
//   promotion3 — tests/real/promotion3: a third development EXTRACTION set of the promotion-regulation genre, session 54
//            (helper extgold, issue 13): 浙江省社会养老服务促进条例 (2015, amended 2021), 重庆市家庭教育促进条例 2016 and
//            山东省多元化解纠纷促进条例 2016 (regions and fields not yet in the development sets); gold written by reading each
//            text whole and committed before our code was run on it (before.txt); a development set after. Floors = the blind
//            score rounded down to 0.05, minus 0.05.
//   promotion4 — tests/real/promotion4: a fourth development EXTRACTION set of the promotion-regulation genre, session 55
//            (helper extgold, issue 13): 宁波市学前教育促进条例 2012, 潍坊市会展业促进条例 2019 and 南阳市生态文明建设促进条例 2020
//            (cities and fields in no set); gold written by reading each text whole and committed before our code was run on it
//            (before.txt); a development set after. Floors = the blind score rounded down to 0.05, minus 0.05.
//   promotion5 — tests/real/promotion5: a fifth development EXTRACTION set of the promotion-regulation genre, session 57
//            (helper extgold, issue 13): 浙江省快递业促进条例 2021, 宁波市法治乡村建设促进条例 2021 and 焦作市全域旅游促进条例 2020
//            (a city and fields in no set); gold written by reading each text whole and committed before our code was run on it
//            (before.txt); a development set after. Floors = the blind score rounded down to 0.05, minus 0.05.
//   innovationheld — tests/real/innovation-heldout: a HELD-OUT extraction set of session 44 (汕头经济特区科技创新条例 2022), gold
//            written by the lead by reading, committed before our code ran on it; never tuned on (totals only).
//   innovationheld2 — tests/real/innovation-heldout2: a second HELD-OUT extraction set of the genre, session 47 (helper
//            extheld, issue 13): 山东省人才发展促进条例 2020 and 上海市浦东新区促进张江生物医药产业创新高地建设规定 2024; gold written
//            by reading each text whole, committed before our code ran on it, scored once blind (before.txt); never tuned on.
//   innovationheld3 — tests/real/innovation-heldout3: a third HELD-OUT extraction set of the genre, session 48 (helper
//            extheld, issue 13): 北京市技术市场条例 2016 and 重庆市专利促进与保护条例 2011; gold written by reading each text
//            whole, committed before our code ran on it, scored once blind (before.txt); never tuned on.
//   promotionheld — tests/real/promotion-heldout: a HELD-OUT extraction set of the promotion-regulation genre, session 51
//            (helper extgold2, issue 13): 深圳经济特区人工智能产业促进条例 2022, 山东省信息化促进条例 2018 and 广东省粤菜发展促进条例
//            2022; gold written by reading each text whole, committed before our code ran on it, scored once blind
//            (before.txt, totals only); never tuned on. Floors = the blind score rounded down to 0.05, minus 0.05.
//   promotionheld2 — tests/real/promotion-heldout2: a second HELD-OUT extraction set of the promotion-regulation genre, session
//            52 (helper extgold3, issue 13): 北京市文明行为促进条例 2020, 青岛市养老服务促进条例 2018 and 山东省民营经济发展促进条例
//            2021; gold written by reading each text whole, committed before our code ran on it, scored once blind (before.txt,
//            totals only); never tuned on. Floors = the blind score rounded down to 0.05, minus 0.05.
//   decisionsheld — tests/real/decisions-heldout: a HELD-OUT extraction set of a genre not measured before, standing-committee
//            决定 written in 一、二、 items, session 53 (helper extgold, issue 13): the 上海 常委会's 浦东新区 decision 2019 and
//            长三角 示范区 decision 2020, the 北京 常委会's epidemic decision 2020; gold written by reading each text whole,
//            committed before our code ran on it, scored once blind (before.txt, totals only); never tuned on. Floors = the blind
//            score rounded down to 0.05, minus 0.05.
//   kinds — tests/real/kinds: METADATA gold only (session 17), 17 mirror documents of kinds of instrument
//            the other sets lack (部门规章 of four ministries, 司法解释, 自治条例 and 单行条例, 经济特区法规, a
//            浦东新区法规, a 国务院 规定, 全国人大常委会 规定, a 刑法修正案, a 人大常委会 决定), gold written by reading
//            and committed before the rules of session 17 changed; extraction is not scored on it.
//   kindsheld — tests/real/kinds-heldout: 10 more documents of those kinds (metadata gold only), gold written
//            by reading and committed after session 17's rules were written and before they were run on
//            them: the check that those rules generalise; never tuned on.
//   randomdev — tests/real/random: METADATA gold only (session 18), 20 mirror documents drawn at random
//            (scripts/draw-random-sample.ts, seed 1820261201: strata = top folders, DLC provinces apart,
//            allotted by size; reserved titles dropped before listing), so the measure is not biased by
//            a hand's choice; gold written by reading and committed before our code ran on them; the
//            development half of session 18 (its misses were read for kinds of rule).
//   randomheld — tests/real/random-heldout: the other 20 of that draw (split by the seed), gold written
//            by reading and committed before our code ran on them; scored once at the end of session 18
//            (main's rules 134/140, session 18's 138/140), never tuned on.
//   randomxdev — tests/real/randomx: EXTRACTION gold (session 19), 5 mirror documents of a seeded uniform draw
//            (scripts/draw-extraction-sample.ts, seed 1920261202; pool limited to ≤ 36,000 bytes ≈ 12,000
//            characters, so biased towards short texts: 司法解释, 行政法规, small 条例), gold written by reading and
//            committed before our code ran on them; the development half of session 19 (misses read).
//   randomxheld — tests/real/randomx-heldout: the other 5 of that draw (split by the seed before reading), gold
//            committed before our code ran on them; scored at the start and end of session 19, never tuned on through
//            it. SPENT IN SESSION 20: its errors were read (after randomy-heldout was frozen) — a development set since.
//   random2dev — tests/real/random2: METADATA gold only (session 19), 20 documents of a second seeded draw
//            (seed 1920261201; every set tests/ had excluded; every folder of ≥ 5 documents given one draw, so
//            部门规章, 民法商法, 社会法, 诉讼法, 刑法, 民法典, 宪法 are in it), gold written by reading and committed
//            before our code ran on them; the development half of session 19.
//   random2held — tests/real/random2-heldout: the other 20 of that draw, gold committed before our code ran on
//            them; never tuned on (scored on main's rules and at the end of session 19 only: 138/140 both).
//            Floors of both: as the first random draw's (0.95).
//   random3dev — tests/real/random3: METADATA gold only (session 34, helper plans), 12 documents of a third seeded
//            draw (scripts/draw-random-sample.ts --draw third, seed 1920261220; every tests/**/sources.json of main
//            991457c excluded; stratified as the second draw, 24 documents), gold of both halves written by reading
//            and committed before our code ran on them (before.txt); the development half of session 34.
//   random3held — tests/real/random3-heldout: the other 12 of that draw; never tuned on, its errors not read
//            (scored at the start and once at the end of session 34: before.txt, after.txt).
//   randomyheld — tests/real/randomy-heldout: EXTRACTION gold (session 20), 6 mirror documents of a new seeded draw
//            (scripts/draw-extraction-sample.ts --y, seed 1920261203; every tests/**/sources.json of main 8b1d9e9
//            excluded, randomx and random2 included; the same ≤ 36,000-byte pool cap, so biased towards short
//            texts), all held out: gold written by reading and committed before our code ran on them; never tuned
//            on, its errors not read (scored at the start and the end of session 20). SPENT IN SESSION 21: its errors were
//            read (after randomz-heldout was frozen) — a development set since.
//   randomzheld — tests/real/randomz-heldout: EXTRACTION gold (session 21), 5 mirror documents of a new seeded draw
//            (scripts/draw-extraction-sample.ts --z, seed 1920261204; every tests/**/sources.json of main 68fb916
//            excluded, randomy-heldout included; NO byte cap: documents of any length), all held out: gold written by
//            reading and committed before our code ran on them; never tuned on, its errors not read through session 21.
//            SPENT IN SESSION 22: its errors were read (after randomw-heldout was frozen and scored once) — a development
//            set since.
//   randomwheld — tests/real/randomw-heldout: EXTRACTION gold (session 22), 8 mirror documents of a new seeded draw
//            (scripts/draw-extraction-sample.ts --w, seed 1920261205; every tests/**/sources.json of main b89984c
//            excluded, randomz-heldout included; no byte cap), all held out: gold written by reading under the
//            conventions settled first in session 22 and committed before our code ran on them; never tuned on, its
//            errors not read through its first score. SPENT IN SESSION 22 (helper extract2): its errors were read after
//            randomv-heldout was frozen and scored once — a development set since.
//   randomvheld — tests/real/randomv-heldout: EXTRACTION gold (session 22, second draw, helper extract2), 8 mirror documents
//            of a new seeded draw (scripts/draw-extraction-sample.ts --v, seed 1920261206; every tests/**/sources.json of
//            main cba25e0 excluded, randomw-heldout included; no byte cap), all held out: gold written by reading and
//            committed before our code ran on them; never tuned on, its errors not read through its first score.
//            SPENT IN SESSION 23 (helper extract): its errors were read after randomu-heldout was frozen and scored once —
//            a development set since.
//   randomuheld — tests/real/randomu-heldout: EXTRACTION gold (session 23, helper extract), 8 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --u, seed 1920261207; every tests/**/sources.json of main
//            70497b6 excluded, randomv-heldout and randomw-heldout included; no byte cap), all held out: gold written by
//            reading under the conventions settled first in session 23 and committed before our code ran on them; never
//            tuned on, its errors not read.
//            SPENT IN SESSION 23 (helper extract2): randomt-heldout was frozen and scored once first; its programme errors
//            were read for the programme study (tests/gold/README.md, "Decisions of session 23, programmes") — dev since.
//   randomtheld — tests/real/randomt-heldout: EXTRACTION gold (session 23, second draw, helper extract2), 8 mirror documents
//            of a new seeded draw (scripts/draw-extraction-sample.ts --t, seed 1920261208; every tests/**/sources.json of
//            main 551a1a7 excluded, randomu-heldout included; no byte cap), all held out: gold written by reading and
//            committed before our code ran on them; never tuned on, its errors not read through its first score.
//            SPENT IN SESSION 24 (helper extract): its errors were read after randoms-heldout was frozen and scored once —
//            a development set since.
//   randomsheld — tests/real/randoms-heldout: EXTRACTION gold (session 24, helper extract), 8 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --s, seed 1920261209; every tests/**/sources.json of main
//            92bbfe0 excluded, randomt-heldout included; no byte cap), all held out: gold written by reading and committed
//            before our code ran on them; never tuned on, its errors not read. One text (the 人脸识别 规定) is randomz's but
//            for its title line (another mirror path and blob): not unseen (its README).
//            SPENT IN SESSION 25 (helper extract): its errors were read after randomr-heldout was frozen and scored once —
//            a development set since.
//   randomrheld — tests/real/randomr-heldout: EXTRACTION gold (session 25, helper extract), 8 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --r, seed 1920261210; every tests/**/sources.json of main
//            ed401a1 excluded, randoms-heldout included; no byte cap; NEW: a drawn text whose body repeats ≥ 90 % of a set
//            document's (8-grams) is skipped — none was in this draw), all held out: gold written by reading and committed
//            before our code ran on them; never tuned on, its errors not read. First score (code of main ed401a1,
//            before.txt): Org 0.83 (27/2/9) Prog 0.27 (3/5/11) TG 0.59 (16/9/13) any 0.65 cited 1.00 targets 0.67 (8/2/6)
//            measures 326/326 history 18/18 meta 56/56; floors = that rounded down to 0.05, minus 0.05.
//            SPENT IN SESSION 26 (helper extract): its errors were read after randomq-heldout was frozen and scored once —
//            a development set since.
//   randomqheld — tests/real/randomq-heldout: EXTRACTION gold (session 26, helper extract), 8 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --q, seed 1920261211; every tests/**/sources.json of main
//            35bff47 excluded, randomr-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw), all held out: gold written by reading and committed before our code
//            ran on them; never tuned on, its errors not read (before.txt, after.txt: totals only). First score (code of
//            main 35bff47, before.txt): Org 0.97 (31/1/1) Prog 0.13 (3/11/29) TG 0.67 (32/17/14) any 0.64 cited 0.98
//            targets 0.51 (9/8/9) measures 364/400 (0.91) history 15/15 meta 56/56; floors = that rounded down to 0.05, minus 0.05.
//            End of session 26 (after.txt, totals only): Prog 0.29 (7/10/25), any 0.67 (70/28/40), all else equal; floors raised
//            where it rose (Prog 0.20, any 0.60).
//            SPENT IN SESSION 27 (helper extract): its errors were read after randomp-heldout was frozen and scored once —
//            a development set since.
//   randompheld — tests/real/randomp-heldout: EXTRACTION gold (session 27, helper extract), 8 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --p, seed 1920261212; every tests/**/sources.json of main
//            7853e97 excluded, randomq-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw), all held out: gold written by reading and committed before our code
//            ran on them; never tuned on, its errors not read (before.txt, after.txt: totals only). First score (code of
//            main 7853e97, before.txt): Org 0.93 (32/2/3) Prog 0.32 (4/5/12) TG 0.61 (29/15/22) any 0.69 cited 1.00 targets
//            0.53 (8/7/7) measures 280/280 history 11/11 meta 56/56; floors = that rounded down to 0.05, minus 0.05. End of
//            session 27 (after.txt, totals only): every total equal.
//            SPENT IN SESSION 28 (helper extract): its errors were read after randomo-heldout was frozen and scored once —
//            a development set since.
//   randomoheld — tests/real/randomo-heldout: EXTRACTION gold (session 28, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --o, seed 1920261213; every tests/**/sources.json of main
//            d8ce707 excluded, randomp-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw; six, not eight: five of the eight drawn have more than 40 articles),
//            all held out: gold written by reading and committed before our code ran on them; never tuned on, its errors
//            not read (before.txt, after.txt: totals only). First score (code of main d8ce707, before.txt): Org 0.96 (26/0/2)
//            Prog 0.13 (1/2/11) TG 0.60 (26/23/11) any 0.68 cited 1.00 targets 0.59 (21/9/20) measures 229/250 (0.92) history
//            17/17 meta 42/42; floors = that rounded down to 0.05, minus 0.05. End of session 28 (after.txt, totals only):
//            every total equal.
//            SPENT IN SESSION 29 (helper extract): its errors were read after randomn-heldout was frozen and scored once —
//            a development set since.
//   randomnheld — tests/real/randomn-heldout: EXTRACTION gold (session 29, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --n, seed 1920261214; every tests/**/sources.json of main
//            b1eea0b excluded, randomo-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw; 183 articles, no cap needed), all held out: gold written by reading and
//            committed before our code ran on them; never tuned on, its errors not read (before.txt, after.txt: totals only).
//            First score (code of main b1eea0b, before.txt): Org 0.93 (13/1/1) Prog 0.70 (7/4/2) TG 0.63 (12/6/8) any 0.74
//            cited 1.00 targets 0.73 (4/3/0) measures 183/183 history 6/6 meta 42/42; floors = that rounded down to 0.05,
//            minus 0.05. End of session 29 (after.txt, totals only): every total equal.
//            SPENT IN SESSION 30 (helper extract): its errors were read after randomm-heldout was frozen and scored once —
//            a development set since.
//   randommheld — tests/real/randomm-heldout: EXTRACTION gold (session 30, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --m, seed 1920261215; every tests/**/sources.json of main
//            5d9702f excluded, randomn-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw; 251 articles, six as in sessions 28–29), all held out: gold written by
//            reading and committed before our code ran on them; never tuned on, its errors not read (before.txt, after.txt:
//            totals only). First score (code of main 5d9702f, before.txt): Org 0.92 (18/1/2) Prog 0.67 (4/1/3) TG 0.53
//            (5/7/2) any 0.77 cited 0.97 (18/0/1) targets 0.65 (14/11/4) measures 251/251 history 15/15 meta 42/42; floors = that
//            rounded down to 0.05, minus 0.05. End of session 30 (after.txt, totals only): every total equal.
//            SPENT IN SESSION 31 (helper extract): its errors were read after randoml-heldout was frozen and scored once —
//            a development set since.
//   randomlheld — tests/real/randoml-heldout: EXTRACTION gold (session 31, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --l, seed 1920261216; every tests/**/sources.json of main
//            c56a18d excluded, randomm-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw; 182 articles and items, six as in sessions 28–30), all held out: gold
//            written by reading and committed before our code ran on them; never tuned on, its errors not read (before.txt,
//            after.txt: totals only). First score (code of main c56a18d, before.txt): Org 0.88 (14/2/2) Prog 0.50 (1/2/0)
//            TG 0.57 (8/10/2) any 0.72 cited 1.00 (11/0/0) targets 0.22 (6/27/16) measures 182/182 history 13/13 meta 42/42;
//            floors = that rounded down to 0.05, minus 0.05. End of session 31 (after.txt, totals only): every total equal.
//            SPENT IN SESSION 32 (helper extract): its errors were read after randomk-heldout was frozen and scored once —
//            a development set since.
//   randomkheld — tests/real/randomk-heldout: EXTRACTION gold (session 32, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --k, seed 1920261217; every tests/**/sources.json of main
//            dd68737 excluded, randoml-heldout included; no byte cap; a drawn text repeating ≥ 90 % of a set document's
//            8-grams skipped — none was in this draw; 318 articles, six as in sessions 28–31), all held out: gold written by
//            reading and committed before our code ran on them; never tuned on, its errors not read (before.txt, after.txt:
//            totals only). First score (code of main dd68737, before.txt): Org 0.87 (23/1/6) Prog 0.43 (5/3/10) TG 0.63
//            (13/6/9) any 0.70 cited 1.00 (13/0/0) targets 0.54 (13/16/6) measures 0.85 (269/49/49: 周口's chapters, restored
//            by the gold from bare title lines, are not found) history 11/11 meta 42/42; floors = that rounded down to 0.05,
//            minus 0.05. End of session 32 (after.txt, totals only): every total equal.
//            SPENT IN SESSION 33 (helper extract): its errors were read after randomj-heldout was frozen and scored once —
//            a development set since.
//   randomjheld — tests/real/randomj-heldout: EXTRACTION gold (session 33, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --j, seed 1920261218; every tests/**/sources.json of main
//            010a1fb excluded, randomk-heldout and the link family residents included; no byte cap; a drawn text repeating
//            ≥ 90 % of a set document's 8-grams skipped — none was in this draw; 320 articles), all held out: gold written by
//            reading and committed before our code ran on them; never tuned on, its errors not read (before.txt, after.txt:
//            totals only). First score (code of main 010a1fb, before.txt): Org 0.92 (30/1/4) Prog 0.69 (11/4/6) TG 0.51
//            (44/49/34) Brand 0.50 (1/0/2) any 0.63 cited 1.00 (18/0/0) targets 0.31 (4/7/11) measures 1.00 (319/1/1) history
//            11/11 meta 42/42; floors = that rounded down to 0.05, minus 0.05. End of session 33 (after.txt, totals only):
//            TG 0.52 (45/50/33), any 0.64, every other total equal.
//            SPENT IN SESSION 34 (helper extract): its errors were read after randomi-heldout was frozen and scored once —
//            a development set since.
//   randomiheld — tests/real/randomi-heldout: EXTRACTION gold (session 34, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --i, seed 1920261219; every tests/**/sources.json of main
//            991457c excluded, randomj-heldout and the link family teachers included; no byte cap; a drawn text repeating
//            ≥ 90 % of a set document's 8-grams skipped — none was in this draw; 226 articles), all held out: gold written by
//            reading and committed before our code ran on them; never tuned on, its errors not read (before.txt, after.txt:
//            totals only). First score (code of main 991457c, before.txt): Org 0.84 (16/3/3) Prog 0.48 (8/3/14) TG 0.37
//            (5/11/6) any 0.59 cited 0.97 (17/0/1) targets 0.72 (34/8/19) measures 1.00 (226/0/0) history 14/14 meta 42/42;
//            floors = that rounded down to 0.05, minus 0.05.
//            SPENT IN SESSION 35 (helper extract): its errors were read after randomh-heldout was frozen and scored once —
//            a development set since.
//   randomhheld — tests/real/randomh-heldout: EXTRACTION gold (session 35, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --h, seed 1920261221; every tests/**/sources.json of main
//            c4ddade excluded, randomi-heldout, random3, random3-heldout and the link family statistics included; no byte
//            cap; a drawn text repeating ≥ 90 % of a set document's 8-grams skipped — none was in this draw; 274 articles),
//            all held out: gold written by reading and committed before our code ran on them; never tuned on, its errors
//            not read (before.txt, after.txt: totals only). First score (code of main c4ddade, before.txt): Org 0.89 (24/2/4)
//            Prog 0.42 (5/3/11) TG 0.58 (11/8/8) any 0.69 cited 0.96 (27/1/1) targets 0.55 (21/18/16) measures 1.00 (274/0/0)
//            history 24/24 meta 41/42; floors = that rounded down to 0.05, minus 0.05.
//            SPENT IN SESSION 38 (helper extract): its errors were read after randomg-heldout was frozen and scored once —
//            a development set since.
//   randomgheld — tests/real/randomg-heldout: EXTRACTION gold (session 38, helper extract), 6 mirror documents of a new
//            seeded draw (scripts/draw-extraction-sample.ts --g, seed 1920261222; every tests/**/sources.json of main
//            78edcb8 excluded, randomh-heldout and the link families incometax, familyviolence, buildingenergy and language
//            included; no byte cap; a drawn text repeating ≥ 90 % of a set document's 8-grams skipped — none was in this
//            draw; 223 articles and items), all held out: gold written by reading and committed before our code ran on them;
//            never tuned on, its errors not read (before.txt, after.txt: totals only). First score (code of main 78edcb8,
//            before.txt): Org 0.88 (11/1/2) Prog 0.40 (3/2/7) TG 0.52 (6/6/5) any 0.63 cited 0.96 (13/0/1) targets 0.46
//            (6/9/5) measures 0.87 (195/28/28) history 1.00 meta 41/42; floors = that rounded down to 0.05, minus 0.05.
//            End of session 38 (after.txt, totals only): every total equal.
//            SPENT AT THE END OF SESSION 41 (lead): released for development after randome-heldout was frozen and scored
//            once (randomf-heldout and randome-heldout stay held out); its errors may be read from session 42 — a
//            development set since.
//   randomfheld — tests/real/randomf-heldout: EXTRACTION gold (session 40, lead), 4 mirror documents of a new seeded draw
//            (scripts/draw-extraction-sample.ts --f, seed 1920261223; every tests/**/sources.json of main 304bcda excluded,
//            randomg-heldout, energy, earthquake and coop included; no byte cap; repeats skipped — none was in this draw;
//            83 articles), all held out: gold written by the lead by reading and committed before our code ran on them;
//            never tuned on, its errors not read (before.txt: totals only); floors = the first score rounded down to 0.05,
//            minus 0.05.
//   randomeheld — tests/real/randome-heldout: EXTRACTION gold (session 41, lead), 4 mirror documents of a new seeded draw
//            (scripts/draw-extraction-sample.ts --e, seed 1920261224; every tests/**/sources.json of main 5e1eed0 excluded,
//            randomf-heldout and civildefence included; no byte cap; repeats skipped — none was in this draw; 124
//            articles), all held out: gold written by the lead by reading and committed before our code ran on them;
//            never tuned on, its errors not read (before.txt: totals only); floors = the first score rounded down to 0.05,
//            minus 0.05.
import { fileURLToPath } from 'node:url';

export type SetId = 'sample' | 'team' | 'real' | 'unseen' | 'legalaid' | 'overseas' | 'elderly' | 'women' | 'minors' | 'fitness' | 'charity' | 'fire' | 'disability' | 'heritage' | 'weather' | 'residents' | 'teachers' | 'statistics' | 'incometax' | 'familyviolence' | 'buildingenergy' | 'language' | 'earthquake' | 'coop' | 'civildefence' | 'techtransfer' | 'standards' | 'sme' | 'rural' | 'culture' | 'library' | 'tourism' | 'investment' | 'mental' | 'volunteer' | 'safety' | 'animal' | 'wildlife' | 'tendering' | 'mineral' | 'water' | 'soil' | 'leave' | 'price' | 'cosmetics' | 'foodcheck' | 'labour' | 'trademark' | 'traffic' | 'police' | 'licence' | 'archives' | 'agrimach' | 'employment' | 'cleanprod' | 'ecommerce' | 'wetland'
  | 'renewable'
  | 'audit'
  | 'consumer'
  | 'foodwaste'
  | 'deputies'
  | 'equipment'
  | 'quality'
  | 'marine'
  | 'land'
  | 'registration'
  | 'seaarea'
  | 'air'
  | 'secrets'
  | 'procurement'
  | 'soilwater'
  | 'ruralroads'
  | 'devices'
  | 'seed'
  | 'fishery'
  | 'flood'
  | 'drugs'
  | 'reading'
  | 'promotion2'
  | 'promotion3'
  | 'promotion4'
  | 'promotion5'
  | 'promotionheld'
  | 'promotionheld2'
  | 'decisionsheld'
  | 'innovation' | 'innovation2' | 'innovation3' | 'digital' | 'techmarket' | 'hightech' | 'education' | 'innovationheld' | 'innovationheld2' | 'innovationheld3' | 'kinds' | 'kindsheld' | 'randomdev' | 'randomheld' | 'randomxdev' | 'randomxheld' | 'random2dev' | 'random2held' | 'random3dev' | 'random3held' | 'randomyheld' | 'randomzheld' | 'randomwheld' | 'randomvheld' | 'randomuheld' | 'randomtheld' | 'randomsheld' | 'randomrheld' | 'randomqheld' | 'randompheld' | 'randomoheld' | 'randomnheld' | 'randommheld' | 'randomlheld' | 'randomkheld' | 'randomjheld' | 'randomiheld' | 'randomhheld' | 'randomgheld' | 'randomfheld' | 'randomeheld';
export const SET_IDS: SetId[] = ['sample', 'team', 'real', 'unseen', 'legalaid', 'overseas', 'elderly', 'women', 'minors', 'fitness', 'charity', 'fire', 'disability', 'heritage', 'weather', 'residents', 'teachers', 'statistics', 'incometax', 'familyviolence', 'buildingenergy', 'language', 'earthquake', 'coop', 'civildefence', 'techtransfer', 'standards', 'sme', 'rural', 'culture', 'library', 'tourism', 'investment', 'mental', 'volunteer', 'safety', 'animal', 'wildlife', 'tendering', 'mineral', 'water', 'soil', 'leave', 'price', 'cosmetics', 'foodcheck', 'labour', 'trademark', 'traffic', 'police', 'licence', 'archives', 'agrimach', 'employment', 'cleanprod', 'ecommerce', 'wetland',
  'renewable',
  'audit',
  'consumer',
  'foodwaste',
  'deputies',
  'equipment',
  'quality',
  'marine',
  'land',
  'registration',
  'seaarea',
  'air',
  'secrets',
  'procurement',
  'soilwater',
  'ruralroads',
  'devices',
  'seed',
  'fishery',
  'flood',
  'drugs',
  'reading',
  'promotion2',
  'promotion3',
  'promotion4',
  'promotion5',
  'promotionheld',
  'promotionheld2',
  'decisionsheld',
  'innovation', 'innovation2', 'innovation3', 'digital', 'techmarket', 'hightech', 'education', 'innovationheld', 'innovationheld2', 'innovationheld3', 'kinds', 'kindsheld', 'randomdev', 'randomheld', 'randomxdev', 'randomxheld', 'random2dev', 'random2held', 'random3dev', 'random3held', 'randomyheld', 'randomzheld', 'randomwheld', 'randomvheld', 'randomuheld', 'randomtheld', 'randomsheld', 'randomrheld', 'randomqheld', 'randompheld', 'randomoheld', 'randomnheld', 'randommheld', 'randomlheld', 'randomkheld', 'randomjheld', 'randomiheld', 'randomhheld', 'randomgheld', 'randomfheld', 'randomeheld'];

/** The held-out link families: scored once per session, totals only; the link harnesses refuse them. */
export const HELD_OUT_LINK_SETS: SetId[] = ['overseas', 'heritage', 'weather', 'familyviolence', 'buildingenergy', 'language', 'earthquake', 'coop', 'agrimach', 'employment', 'cleanprod', 'ecommerce', 'wetland',
  'renewable',
  'audit',
  'consumer',
  'foodwaste',
  'deputies',
  'equipment',
  'quality',
  'marine',
  'land',
  'registration',
  'seaarea',
  'air',
  'secrets',
  'procurement',
  'soilwater',
  'ruralroads',
  'devices',
  'seed',
  'fishery'];

export interface EvalSet {
  id: SetId;
  label: string;
  corpus: string;
  gold: string;
  /** links.json of the set, if it has IMPLEMENTS gold. */
  links?: string;
  /** Link gold only: no per-document extraction gold, so only `implements` is gated. */
  linksOnly?: true;
  /** Metadata gold only ("metaOnly": true files): only metadata and history are gated. */
  metaOnly?: true;
  floors: URL;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const SETS: Record<SetId, EvalSet> = {
  sample: {
    id: 'sample',
    label: 'sample (5 plans the rules were built on)',
    corpus: here('../../corpus/'),
    gold: here('../gold/'),
    links: here('../gold/links.json'),
    floors: new URL('./floors-sample.json', import.meta.url),
  },
  team: {
    id: 'team',
    label: 'team-written (4 documents written by the team)',
    corpus: here('../team-written/corpus/'),
    gold: here('../team-written/gold/'),
    floors: new URL('./floors-team.json', import.meta.url),
  },
  real: {
    id: 'real',
    label: 'real (20 unedited laws and regulations, LawRefBook/Laws)',
    corpus: here('../real/corpus/'),
    gold: here('../real/gold/'),
    links: here('../real/gold/links.json'),
    floors: new URL('./floors-real.json', import.meta.url),
  },
  unseen: {
    id: 'unseen',
    label: 'real, 献血 family (6 regulations on blood donation, development set of the fourth pass)',
    corpus: here('../real/unseen/corpus/'),
    gold: here('../real/unseen/gold/'),
    links: here('../real/unseen/gold/links.json'),
    floors: new URL('./floors-unseen.json', import.meta.url),
  },
  legalaid: {
    id: 'legalaid',
    label: 'real, second family (5 legal-aid regulations, development set of the third pass)',
    corpus: here('../real/legalaid/corpus/'),
    gold: here('../real/legalaid/gold/'),
    links: here('../real/legalaid/gold/links.json'),
    floors: new URL('./floors-legalaid.json', import.meta.url),
  },
  overseas: {
    id: 'overseas',
    label: 'real, 归侨侨眷 family (5 regulations on returned overseas Chinese, development set of the fifth pass)',
    corpus: here('../real/overseas/corpus/'),
    gold: here('../real/overseas/gold/'),
    links: here('../real/overseas/gold/links.json'),
    floors: new URL('./floors-overseas.json', import.meta.url),
  },
  elderly: {
    id: 'elderly',
    label: 'real, 老年人 family (4 regulations on the rights of the elderly, development set of session 13)',
    corpus: here('../real/elderly/corpus/'),
    gold: here('../real/elderly/gold/'),
    floors: new URL('./floors-elderly.json', import.meta.url),
  },
  women: {
    id: 'women',
    label: 'real, 妇女 family (3 regulations on the rights of women, development set of session 14)',
    corpus: here('../real/women/corpus/'),
    gold: here('../real/women/gold/'),
    floors: new URL('./floors-women.json', import.meta.url),
  },
  minors: {
    id: 'minors',
    label: 'real, 未成年人 family (2 regulations on the protection of minors, development set of session 15)',
    corpus: here('../real/minors/corpus/'),
    gold: here('../real/minors/gold/'),
    floors: new URL('./floors-minors.json', import.meta.url),
  },
  fitness: {
    id: 'fitness',
    label: 'real, 全民健身 family (2 regulations on fitness for all, development set of session 16)',
    corpus: here('../real/fitness/corpus/'),
    gold: here('../real/fitness/gold/'),
    floors: new URL('./floors-fitness.json', import.meta.url),
  },
  charity: {
    id: 'charity',
    label: 'real, 慈善 family (3 regulations on charity, development set of session 17)',
    corpus: here('../real/charity/corpus/'),
    gold: here('../real/charity/gold/'),
    links: here('../real/charity/gold/links.json'),
    floors: new URL('./floors-charity.json', import.meta.url),
  },
  fire: {
    id: 'fire',
    label: 'real, 消防 family (3 fire-protection regulations, development set of session 18)',
    corpus: here('../real/fire/corpus/'),
    gold: here('../real/fire/gold/'),
    links: here('../real/fire/gold/links.json'),
    floors: new URL('./floors-fire.json', import.meta.url),
  },
  disability: {
    id: 'disability',
    label: 'real, held-out family (3 regulations on persons with disabilities, never tuned on)',
    corpus: here('../real/disability/corpus/'),
    gold: here('../real/disability/gold/'),
    floors: new URL('./floors-disability.json', import.meta.url),
  },
  heritage: {
    id: 'heritage',
    label: 'real, 非物质文化遗产 link family (law → 山东 → 菏泽, link gold only, never tuned on)',
    corpus: here('../real/heritage/corpus/'),
    gold: here('../real/heritage/gold/'),
    links: here('../real/heritage/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-heritage.json', import.meta.url),
  },
  weather: {
    id: 'weather',
    label: 'real, 气象灾害防御 link family (国务院 → 山东 → 青岛, link gold only, never tuned on)',
    corpus: here('../real/weather/corpus/'),
    gold: here('../real/weather/gold/'),
    links: here('../real/weather/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-weather.json', import.meta.url),
  },
  residents: {
    id: 'residents',
    label: 'real, 城市居民委员会组织法 link family (law → 北京 1991, 河南 1994/2020, 上海 2017/2020; link gold only, session 32)',
    corpus: here('../real/residents/corpus/'),
    gold: here('../real/residents/gold/'),
    links: here('../real/residents/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-residents.json', import.meta.url),
  },
  teachers: {
    id: 'teachers',
    label: 'real, 教师法 link family (law 1993/2009 → 上海 1997, 浙江 1997/2004, 河南 1995/2010; link gold only, session 33)',
    corpus: here('../real/teachers/corpus/'),
    gold: here('../real/teachers/gold/'),
    links: here('../real/teachers/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-teachers.json', import.meta.url),
  },
  statistics: {
    id: 'statistics',
    label: 'real, 统计法 link family (law 1983/2009 → 北京 2015, 山东 1993/2017, 浙江 1990/2020; link gold only, session 34)',
    corpus: here('../real/statistics/corpus/'),
    gold: here('../real/statistics/gold/'),
    links: here('../real/statistics/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-statistics.json', import.meta.url),
  },
  incometax: {
    id: 'incometax',
    label: 'real, 个人所得税法 link family (law 2018 → 国务院 实施条例 2018, one level, two legal ranks; link gold only, session 36)',
    corpus: here('../real/incometax/corpus/'),
    gold: here('../real/incometax/gold/'),
    links: here('../real/incometax/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-incometax.json', import.meta.url),
  },
  familyviolence: {
    id: 'familyviolence',
    label: 'real, 反家庭暴力法 link family (law 2015 → 山东 条例 2018; link gold only, held out, session 37)',
    corpus: here('../real/familyviolence/corpus/'),
    gold: here('../real/familyviolence/gold/'),
    links: here('../real/familyviolence/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-familyviolence.json', import.meta.url),
  },
  buildingenergy: {
    id: 'buildingenergy',
    label: 'real, 民用建筑节能 link family (国务院 2008 → 山东 2020 → 青岛 2022; link gold only, held out, session 37)',
    corpus: here('../real/buildingenergy/corpus/'),
    gold: here('../real/buildingenergy/gold/'),
    links: here('../real/buildingenergy/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-buildingenergy.json', import.meta.url),
  },
  language: {
    id: 'language',
    label: 'real, 国家通用语言文字法 link family (法 2000 → 上海 2005, 北京 2003; link gold only, held out, session 38)',
    corpus: here('../real/language/corpus/'),
    gold: here('../real/language/gold/'),
    links: here('../real/language/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-language.json', import.meta.url),
  },
  earthquake: {
    id: 'earthquake',
    label: 'real, 防震减灾法 link family (法 2008 → 北京 2013, 浙江 2017; link gold only, held out, session 39)',
    corpus: here('../real/earthquake/corpus/'),
    gold: here('../real/earthquake/gold/'),
    links: here('../real/earthquake/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-earthquake.json', import.meta.url),
  },
  coop: {
    id: 'coop',
    label: 'real, 农民专业合作社法 link family (法 2017 → 上海 2020, 重庆 2022; link gold only, held out, session 40)',
    corpus: here('../real/coop/corpus/'),
    gold: here('../real/coop/gold/'),
    links: here('../real/coop/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-coop.json', import.meta.url),
  },
  civildefence: {
    id: 'civildefence',
    label: 'real, 人民防空法 link family (法 2009 → 河南 2020, 浙江 2020; link gold only, development, session 41)',
    corpus: here('../real/civildefence/corpus/'),
    gold: here('../real/civildefence/gold/'),
    links: here('../real/civildefence/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-civildefence.json', import.meta.url),
  },
  techtransfer: {
    id: 'techtransfer',
    label: 'real, 促进科技成果转化法 link family (法 2015 → 山东 2017, 上海 2017, 浙江 2021; link and extraction gold (extraction from session 43), development, session 42)',
    corpus: here('../real/techtransfer/corpus/'),
    gold: here('../real/techtransfer/gold/'),
    links: here('../real/techtransfer/gold/links.json'),
    floors: new URL('./floors-techtransfer.json', import.meta.url),
  },
  standards: {
    id: 'standards',
    label: 'real, 标准化法 link family (法 2017 → 上海 2019, 山东 2020; link gold only, development, session 45)',
    corpus: here('../real/standards/corpus/'),
    gold: here('../real/standards/gold/'),
    links: here('../real/standards/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-standards.json', import.meta.url),
  },
  sme: {
    id: 'sme',
    label: 'real, 中小企业促进法 link family (法 2017 → 上海 2011/2018, 北京 2020; link gold only, development, session 46)',
    corpus: here('../real/sme/corpus/'),
    gold: here('../real/sme/gold/'),
    links: here('../real/sme/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-sme.json', import.meta.url),
  },
  rural: {
    id: 'rural',
    label: 'real, 乡村振兴促进法 link family (法 2021 → 广东 2022, 北京 2024; link gold only, development, session 47)',
    corpus: here('../real/rural/corpus/'),
    gold: here('../real/rural/gold/'),
    links: here('../real/rural/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-rural.json', import.meta.url),
  },
  culture: {
    id: 'culture',
    label: 'real, 公共文化服务保障法 link family (法 2016 → 上海 2020, 浙江 2017; link gold only, development, session 48)',
    corpus: here('../real/culture/corpus/'),
    gold: here('../real/culture/gold/'),
    links: here('../real/culture/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-culture.json', import.meta.url),
  },
  library: {
    id: 'library',
    label: 'real, 公共图书馆法 link family (法 2018 → 上海 2024; link gold only, development, session 49)',
    corpus: here('../real/library/corpus/'),
    gold: here('../real/library/gold/'),
    links: here('../real/library/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-library.json', import.meta.url),
  },
  tourism: {
    id: 'tourism',
    label: 'real, 旅游法 link family (法 2018 → 上海 2020, 郑州 2021; link gold only, development, session 49)',
    corpus: here('../real/tourism/corpus/'),
    gold: here('../real/tourism/gold/'),
    links: here('../real/tourism/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-tourism.json', import.meta.url),
  },
  investment: {
    id: 'investment',
    label: 'real, 外商投资法 link family (法 2019 → 上海 2020, 北京 2024; link gold only, development, session 50)',
    corpus: here('../real/investment/corpus/'),
    gold: here('../real/investment/gold/'),
    links: here('../real/investment/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-investment.json', import.meta.url),
  },
  mental: {
    id: 'mental',
    label: 'real, 精神卫生法 link family (法 2018 → 山东 2019, 浙江 2019; link gold only, development, session 50)',
    corpus: here('../real/mental/corpus/'),
    gold: here('../real/mental/gold/'),
    links: here('../real/mental/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-mental.json', import.meta.url),
  },
  volunteer: {
    id: 'volunteer',
    label: 'real, 志愿服务条例 link family (条例 2017 → 河南 2018, 山东 2021; link gold only, development, session 51)',
    corpus: here('../real/volunteer/corpus/'),
    gold: here('../real/volunteer/gold/'),
    links: here('../real/volunteer/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-volunteer.json', import.meta.url),
  },
  safety: {
    id: 'safety',
    label: 'real, 安全生产法 link family (法 2021 → 北京 2022, 山东 2021; link gold only, development, session 52)',
    corpus: here('../real/safety/corpus/'),
    gold: here('../real/safety/gold/'),
    links: here('../real/safety/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-safety.json', import.meta.url),
  },
  animal: {
    id: 'animal',
    label: 'real, 动物防疫法 link family (法 2021 → 山东 2021, 广东 2021; link gold only, development, session 53)',
    corpus: here('../real/animal/corpus/'),
    gold: here('../real/animal/gold/'),
    links: here('../real/animal/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-animal.json', import.meta.url),
  },
  wildlife: {
    id: 'wildlife',
    label: 'real, 野生动物保护法 link family (法 2016/2018 → 山东 2018, 河南 2018; link gold only, development, session 54)',
    corpus: here('../real/wildlife/corpus/'),
    gold: here('../real/wildlife/gold/'),
    links: here('../real/wildlife/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-wildlife.json', import.meta.url),
  },
  tendering: {
    id: 'tendering',
    label: 'real, 招标投标法 link family (法 2017 → 北京 2021, 重庆 2018; link gold only, development, session 55)',
    corpus: here('../real/tendering/corpus/'),
    gold: here('../real/tendering/gold/'),
    links: here('../real/tendering/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-tendering.json', import.meta.url),
  },
  mineral: {
    id: 'mineral',
    label: 'real, 矿产资源法 link family (法 2009 → 重庆 2020, 浙江 2013; link gold only, development, session 56)',
    corpus: here('../real/mineral/corpus/'),
    gold: here('../real/mineral/gold/'),
    links: here('../real/mineral/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-mineral.json', import.meta.url),
  },
  water: {
    id: 'water',
    label: 'real, 水污染防治法 link family (法 2017 → 山东 2020, 广东 2021; link gold only, development, session 57)',
    corpus: here('../real/water/corpus/'),
    gold: here('../real/water/gold/'),
    links: here('../real/water/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-water.json', import.meta.url),
  },
  soil: {
    id: 'soil',
    label: 'real, 土壤污染防治法 link family (法 2018 → 山东 2019 → 菏泽 2021; link gold only, development, session 58)',
    corpus: here('../real/soil/corpus/'),
    gold: here('../real/soil/gold/'),
    links: here('../real/soil/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-soil.json', import.meta.url),
  },
  archives: {
    id: 'archives',
    label: 'real, 档案法 link family (法 2020 → its 实施条例 of 国务院 2024; link gold only, development, session 59)',
    corpus: here('../real/archives/corpus/'),
    gold: here('../real/archives/gold/'),
    links: here('../real/archives/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-archives.json', import.meta.url),
  },
  leave: {
    id: 'leave',
    label: 'real, 职工带薪年休假条例 link family (条例 2007 → 人社部 实施办法 2008: a ministry rule; link gold only, development, session 59)',
    corpus: here('../real/leave/corpus/'),
    gold: here('../real/leave/gold/'),
    links: here('../real/leave/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-leave.json', import.meta.url),
  },
  price: {
    id: 'price',
    label: 'real, 价格法 link family (法 1997 → 总局 明码标价和禁止价格欺诈规定 2022: a ministry rule; link gold only, development, session 59)',
    corpus: here('../real/price/corpus/'),
    gold: here('../real/price/gold/'),
    links: here('../real/price/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-price.json', import.meta.url),
  },
  cosmetics: {
    id: 'cosmetics',
    label: 'real, 化妆品监督管理条例 link family (条例 2020 → 总局 化妆品生产经营监督管理办法 2021: a ministry rule; link gold only, development, session 60)',
    corpus: here('../real/cosmetics/corpus/'),
    gold: here('../real/cosmetics/gold/'),
    links: here('../real/cosmetics/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-cosmetics.json', import.meta.url),
  },
  foodcheck: {
    id: 'foodcheck',
    label: 'real, 食品安全法 link family (法 2021 → 总局 食品生产经营监督检查管理办法 2021: a ministry rule; link gold only, development, session 60)',
    corpus: here('../real/foodcheck/corpus/'),
    gold: here('../real/foodcheck/gold/'),
    links: here('../real/foodcheck/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-foodcheck.json', import.meta.url),
  },
  labour: {
    id: 'labour',
    label: 'real, 劳动合同法 link family (法 2007/2012 → its 实施条例 of 国务院 2008; link gold only, development, session 60)',
    corpus: here('../real/labour/corpus/'),
    gold: here('../real/labour/gold/'),
    links: here('../real/labour/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-labour.json', import.meta.url),
  },
  trademark: {
    id: 'trademark',
    label: 'real, 商标法 link family (法 1982/2019 → its 实施条例 of 国务院 2014; link gold only, development, session 61)',
    corpus: here('../real/trademark/corpus/'),
    gold: here('../real/trademark/gold/'),
    links: here('../real/trademark/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-trademark.json', import.meta.url),
  },
  traffic: {
    id: 'traffic',
    label: 'real, 道路交通安全法 link family (法 2003/2021 → 山东 实施办法 2008/2012 → 聊城 2016/2021; link gold only, development, session 61)',
    corpus: here('../real/traffic/corpus/'),
    gold: here('../real/traffic/gold/'),
    links: here('../real/traffic/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-traffic.json', import.meta.url),
  },
  police: {
    id: 'police',
    label: 'real, 道路交通安全法 ministry-rule link family (法 2003/2021 → 公安部 事故处理程序规定 2017, 违法行为处理程序规定 2008/2020; link gold only, development, session 61)',
    corpus: here('../real/police/corpus/'),
    gold: here('../real/police/gold/'),
    links: here('../real/police/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-police.json', import.meta.url),
  },
  licence: {
    id: 'licence',
    label: 'real, 道路交通安全法实施条例 ministry-rule link family (条例 2004/2017 → 公安部 机动车驾驶证申领和使用规定 2021, 道路交通安全违法行为记分管理办法 2021; link gold only, development, session 62)',
    corpus: here('../real/licence/corpus/'),
    gold: here('../real/licence/gold/'),
    links: here('../real/licence/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-licence.json', import.meta.url),
  },
  flood: {
    id: 'flood',
    label: 'real, 防洪法 link family (法 1997/2016 → 北京 实施办法 2001 (file 2019), 河南 实施办法 2000/2016; link gold only, development, session 62)',
    corpus: here('../real/flood/corpus/'),
    gold: here('../real/flood/gold/'),
    links: here('../real/flood/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-flood.json', import.meta.url),
  },
  drugs: {
    id: 'drugs',
    label: 'real, 禁毒法 link family (法 2007 → 山东 条例 2017, 重庆 条例 1997/2012; link gold only, development, session 63)',
    corpus: here('../real/drugs/corpus/'),
    gold: here('../real/drugs/gold/'),
    links: here('../real/drugs/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-drugs.json', import.meta.url),
  },
  agrimach: {
    id: 'agrimach',
    label: 'real, 农业机械化促进法 link family (法 2018 → 山东 2020, 浙江 2020; link gold only, held out, session 46)',
    corpus: here('../real/agrimach/corpus/'),
    gold: here('../real/agrimach/gold/'),
    links: here('../real/agrimach/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-agrimach.json', import.meta.url),
  },
  employment: {
    id: 'employment',
    label: 'real, 就业促进法 link family (法 2015 → 山东 2016; link gold only, held out, session 47)',
    corpus: here('../real/employment/corpus/'),
    gold: here('../real/employment/gold/'),
    links: here('../real/employment/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-employment.json', import.meta.url),
  },
  cleanprod: {
    id: 'cleanprod',
    label: 'real, 清洁生产促进法 link family (法 2012 → 山东 2020; link gold only, held out, session 47)',
    corpus: here('../real/cleanprod/corpus/'),
    gold: here('../real/cleanprod/gold/'),
    links: here('../real/cleanprod/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-cleanprod.json', import.meta.url),
  },
  ecommerce: {
    id: 'ecommerce',
    label: 'real, 电子商务法 link family (法 2018 → 浙江 2021; link gold only, held out, session 48)',
    corpus: here('../real/ecommerce/corpus/'),
    gold: here('../real/ecommerce/gold/'),
    links: here('../real/ecommerce/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-ecommerce.json', import.meta.url),
  },
  wetland: {
    id: 'wetland',
    label: 'real, 湿地保护法 link family (法 2021 → 广东 2022; link gold only, held out, session 48)',
    corpus: here('../real/wetland/corpus/'),
    gold: here('../real/wetland/gold/'),
    links: here('../real/wetland/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-wetland.json', import.meta.url),
  },
  renewable: {
    id: 'renewable',
    label: 'real, 可再生能源法 link family (法 2009 → 浙江 2021, 山东 2020; link gold only, held out, session 50)',
    corpus: here('../real/renewable/corpus/'),
    gold: here('../real/renewable/gold/'),
    links: here('../real/renewable/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-renewable.json', import.meta.url),
  },
  audit: {
    id: 'audit',
    label: 'real, 审计法 link family (法 2021 → 北京 2023; link gold only, held out, session 51)',
    corpus: here('../real/audit/corpus/'),
    gold: here('../real/audit/gold/'),
    links: here('../real/audit/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-audit.json', import.meta.url),
  },
  consumer: {
    id: 'consumer',
    label: 'real, 消费者权益保护法 link family (法 2013 → 山东 2017, 浙江 2017; link gold only, held out, session 52)',
    corpus: here('../real/consumer/corpus/'),
    gold: here('../real/consumer/gold/'),
    links: here('../real/consumer/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-consumer.json', import.meta.url),
  },
  foodwaste: {
    id: 'foodwaste',
    label: 'real, 反食品浪费法 link family (法 2021 → 北京 2021; link gold only, held out, session 52)',
    corpus: here('../real/foodwaste/corpus/'),
    gold: here('../real/foodwaste/gold/'),
    links: here('../real/foodwaste/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-foodwaste.json', import.meta.url),
  },
  deputies: {
    id: 'deputies',
    label: 'real, 代表法 link family (法 2015 → 山东 2015, 浙江 2016; link gold only, held out, session 53)',
    corpus: here('../real/deputies/corpus/'),
    gold: here('../real/deputies/gold/'),
    links: here('../real/deputies/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-deputies.json', import.meta.url),
  },
  equipment: {
    id: 'equipment',
    label: 'real, 特种设备安全法 link family (法 2013 → 山东 2015, 重庆 2020; link gold only, held out, session 54)',
    corpus: here('../real/equipment/corpus/'),
    gold: here('../real/equipment/gold/'),
    links: here('../real/equipment/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-equipment.json', import.meta.url),
  },
  quality: {
    id: 'quality',
    label: 'real, 产品质量法 link family (法 2018 text → 山东 2001/2015, 重庆 2014; link gold only, held out, session 55)',
    corpus: here('../real/quality/corpus/'),
    gold: here('../real/quality/gold/'),
    links: here('../real/quality/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-quality.json', import.meta.url),
  },
  marine: {
    id: 'marine',
    label: 'real, 海洋环境保护法 link family (法 2017 text → 山东 2004/2018, 浙江 2004/2017; link gold only, held out, session 56)',
    corpus: here('../real/marine/corpus/'),
    gold: here('../real/marine/gold/'),
    links: here('../real/marine/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-marine.json', import.meta.url),
  },
  land: {
    id: 'land',
    label: 'real, 土地管理法 link family (法 2019 text → 浙江 2021, 广东 2022; link gold only, held out, session 57)',
    corpus: here('../real/land/corpus/'),
    gold: here('../real/land/gold/'),
    links: here('../real/land/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-land.json', import.meta.url),
  },
  registration: {
    id: 'registration',
    label: 'real, 市场主体登记管理条例 link family (条例 2021 → its 实施细则 of 总局 2022; link gold only, held out, session 58)',
    corpus: here('../real/registration/corpus/'),
    gold: here('../real/registration/gold/'),
    links: here('../real/registration/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-registration.json', import.meta.url),
  },
  seaarea: {
    id: 'seaarea',
    label: 'real, 海域使用管理法 link family (法 2001 → 山东 2015, 浙江 2017, 广东 2021; link gold only, held out, session 58)',
    corpus: here('../real/seaarea/corpus/'),
    gold: here('../real/seaarea/gold/'),
    links: here('../real/seaarea/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-seaarea.json', import.meta.url),
  },
  air: {
    id: 'air',
    label: 'real, 大气污染防治法 link family (法 2018 → 山东 2018 → 济宁 2021, a city under both; link gold only, held out, session 59)',
    corpus: here('../real/air/corpus/'),
    gold: here('../real/air/gold/'),
    links: here('../real/air/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-air.json', import.meta.url),
  },
  secrets: {
    id: 'secrets',
    label: 'real, 保守国家秘密法 link family (法 2024 → its 实施条例 of the 国务院 2024; link gold only, held out, session 59)',
    corpus: here('../real/secrets/corpus/'),
    gold: here('../real/secrets/gold/'),
    links: here('../real/secrets/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-secrets.json', import.meta.url),
  },
  procurement: {
    id: 'procurement',
    label: 'real, 政府采购法 link family (法 2014 → its 实施条例 of the 国务院 2015; link gold only, held out, session 60)',
    corpus: here('../real/procurement/corpus/'),
    gold: here('../real/procurement/gold/'),
    links: here('../real/procurement/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-procurement.json', import.meta.url),
  },
  soilwater: {
    id: 'soilwater',
    label: 'real, 水土保持法 link family (法 2010 → 山东 2014, 法 2010 → 淄博 1995/2018, the city naming only the law; link gold only, held out, session 61)',
    corpus: here('../real/soilwater/corpus/'),
    gold: here('../real/soilwater/gold/'),
    links: here('../real/soilwater/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-soilwater.json', import.meta.url),
  },
  ruralroads: {
    id: 'ruralroads',
    label: 'real, 公路法 / 农村公路 link family (法 2017 → 山东 2018 → 枣庄 2020, the city under both; link gold only, held out, session 61)',
    corpus: here('../real/ruralroads/corpus/'),
    gold: here('../real/ruralroads/gold/'),
    links: here('../real/ruralroads/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-ruralroads.json', import.meta.url),
  },
  devices: {
    id: 'devices',
    label: 'real, 医疗器械 link family (条例 2021 → 生产监督管理办法 2022, 条例 2021 → 注册与备案管理办法 2021, two ministry rules; link gold only, held out, session 61)',
    corpus: here('../real/devices/corpus/'),
    gold: here('../real/devices/gold/'),
    links: here('../real/devices/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-devices.json', import.meta.url),
  },
  seed: {
    id: 'seed',
    label: 'real, 种子法 link family (法 2021 → 北京 2022, 法 2021 → 山东 2019 under the 2015 text, two provinces; link gold only, held out, session 62)',
    corpus: here('../real/seed/corpus/'),
    gold: here('../real/seed/gold/'),
    links: here('../real/seed/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-seed.json', import.meta.url),
  },
  fishery: {
    id: 'fishery',
    label: 'real, 渔业法 link family (法 2013 → 山东 2018, 法 2013 → 河南 2018, two provinces\' 实施办法; link gold only, held out, session 63)',
    corpus: here('../real/fishery/corpus/'),
    gold: here('../real/fishery/gold/'),
    links: here('../real/fishery/gold/links.json'),
    linksOnly: true,
    floors: new URL('./floors-fishery.json', import.meta.url),
  },
  innovation: {
    id: 'innovation',
    label: 'real, 科技创新促进 (舟山 2019, 青岛 2011, 宁波 2011, 上海 2020 science-and-innovation regulations: extraction gold, development, session 44)',
    corpus: here('../real/innovation/corpus/'),
    gold: here('../real/innovation/gold/'),
    floors: new URL('./floors-innovation.json', import.meta.url),
  },
  innovation2: {
    id: 'innovation2',
    label: 'real, 科技创新 second set (郑洛新 自主创新示范区 2020, 浙江 高新技术促进 2021, 广州 青年创新创业促进 2023: extraction gold, development, session 45)',
    corpus: here('../real/innovation2/corpus/'),
    gold: here('../real/innovation2/gold/'),
    floors: new URL('./floors-innovation2.json', import.meta.url),
  },
  innovation3: {
    id: 'innovation3',
    label: 'real, 科技创新 third set (上海 促进农业科技进步 2024, 河南 促进高新技术产业发展 2011, 北京国际科技创新中心 2024: extraction gold, development, session 46)',
    corpus: here('../real/innovation3/corpus/'),
    gold: here('../real/innovation3/gold/'),
    floors: new URL('./floors-innovation3.json', import.meta.url),
  },
  digital: {
    id: 'digital',
    label: 'real, 数字经济 促进条例 (浙江 2020, 北京 2022: a neighbouring genre, extraction gold, development, session 47)',
    corpus: here('../real/digital/corpus/'),
    gold: here('../real/digital/gold/'),
    floors: new URL('./floors-digital.json', import.meta.url),
  },
  techmarket: {
    id: 'techmarket',
    label: 'real, 技术市场 and 专利 条例 (浙江 技术市场 2021, 北京 专利保护和促进 2013, 河南 技术市场 2010: technology administration, extraction gold, development, session 48)',
    corpus: here('../real/techmarket/corpus/'),
    gold: here('../real/techmarket/gold/'),
    floors: new URL('./floors-techmarket.json', import.meta.url),
  },
  hightech: {
    id: 'hightech',
    label: 'real, 知识产权 and 科技成果转化 条例 (广东 知识产权保护 2022, 河南 促进科技成果转化 2019, 浙江 专利 2015: technology promotion, extraction gold, development, session 49)',
    corpus: here('../real/hightech/corpus/'),
    gold: here('../real/hightech/gold/'),
    floors: new URL('./floors-hightech.json', import.meta.url),
  },
  education: {
    id: 'education',
    label: 'real, 职业教育 and 家庭教育 条例 (上海 职业教育 2018, 宁波 职业教育校企合作 2020, 浙江 家庭教育 2019: education promotion, extraction gold, development, session 50)',
    corpus: here('../real/education/corpus/'),
    gold: here('../real/education/gold/'),
    floors: new URL('./floors-education.json', import.meta.url),
  },
  reading: {
    id: 'reading',
    label: 'real, 全民阅读促进条例 (宁波 2019, 温州 2021: reading promotion, extraction gold, development, session 51)',
    corpus: here('../real/reading/corpus/'),
    gold: here('../real/reading/gold/'),
    floors: new URL('./floors-reading.json', import.meta.url),
  },
  promotion2: {
    id: 'promotion2',
    label: 'real, 促进条例 2 (上海 终身教育促进, 上海 高等教育促进 2017, 山东 大数据发展促进 2021: promotion regulations, extraction gold, development, session 52)',
    corpus: here('../real/promotion2/corpus/'),
    gold: here('../real/promotion2/gold/'),
    floors: new URL('./floors-promotion2.json', import.meta.url),
  },
  promotion3: {
    id: 'promotion3',
    label: 'real, 促进条例 3 (浙江 社会养老服务促进 2021, 重庆 家庭教育促进 2016, 山东 多元化解纠纷促进 2016: promotion regulations, extraction gold, development, session 54)',
    corpus: here('../real/promotion3/corpus/'),
    gold: here('../real/promotion3/gold/'),
    floors: new URL('./floors-promotion3.json', import.meta.url),
  },
  promotion4: {
    id: 'promotion4',
    label: 'real, 促进条例 4 (宁波 学前教育促进 2012, 潍坊 会展业促进 2019, 南阳 生态文明建设促进 2020: promotion regulations, extraction gold, development, session 55)',
    corpus: here('../real/promotion4/corpus/'),
    gold: here('../real/promotion4/gold/'),
    floors: new URL('./floors-promotion4.json', import.meta.url),
  },
  promotion5: {
    id: 'promotion5',
    label: 'real, 促进条例 5 (浙江 快递业促进 2021, 宁波 法治乡村建设促进 2021, 焦作 全域旅游促进 2020: promotion regulations, extraction gold, development, session 57)',
    corpus: here('../real/promotion5/corpus/'),
    gold: here('../real/promotion5/gold/'),
    floors: new URL('./floors-promotion5.json', import.meta.url),
  },
  innovationheld: {
    id: 'innovationheld',
    label: 'real, 科技创新 held out (汕头经济特区科技创新条例 2022: extraction gold, never tuned on, session 44)',
    corpus: here('../real/innovation-heldout/corpus/'),
    gold: here('../real/innovation-heldout/gold/'),
    floors: new URL('./floors-innovationheld.json', import.meta.url),
  },
  innovationheld2: {
    id: 'innovationheld2',
    label: 'real, 科技创新 held out 2 (山东 人才发展促进 2020, 上海 张江生物医药 2024: extraction gold, never tuned on, session 47)',
    corpus: here('../real/innovation-heldout2/corpus/'),
    gold: here('../real/innovation-heldout2/gold/'),
    floors: new URL('./floors-innovationheld2.json', import.meta.url),
  },
  innovationheld3: {
    id: 'innovationheld3',
    label: 'real, 科技创新 held out 3 (北京 技术市场 2016, 重庆 专利促进与保护 2011: extraction gold, never tuned on, session 48)',
    corpus: here('../real/innovation-heldout3/corpus/'),
    gold: here('../real/innovation-heldout3/gold/'),
    floors: new URL('./floors-innovationheld3.json', import.meta.url),
  },
  promotionheld: {
    id: 'promotionheld',
    label: 'real, 促进条例 held out (深圳 人工智能产业 2022, 山东 信息化 2018, 广东 粤菜 2022: extraction gold, never tuned on, session 51)',
    corpus: here('../real/promotion-heldout/corpus/'),
    gold: here('../real/promotion-heldout/gold/'),
    floors: new URL('./floors-promotionheld.json', import.meta.url),
  },
  promotionheld2: {
    id: 'promotionheld2',
    label: 'real, 促进条例 held out 2 (北京 文明行为 2020, 青岛 养老服务 2018, 山东 民营经济 2021: extraction gold, never tuned on, session 52)',
    corpus: here('../real/promotion-heldout2/corpus/'),
    gold: here('../real/promotion-heldout2/gold/'),
    floors: new URL('./floors-promotionheld2.json', import.meta.url),
  },
  decisionsheld: {
    id: 'decisionsheld',
    label: 'real, 常委会 决定 held out (上海 浦东新区 2019, 上海 长三角示范区 2020, 北京 疫情防控 2020: extraction gold, never tuned on, session 53)',
    corpus: here('../real/decisions-heldout/corpus/'),
    gold: here('../real/decisions-heldout/gold/'),
    floors: new URL('./floors-decisionsheld.json', import.meta.url),
  },
  kinds: {
    id: 'kinds',
    label: 'real, kinds of instrument (17 ministry rules, judicial interpretations, autonomous and SEZ regulations…: metadata gold only)',
    corpus: here('../real/kinds/corpus/'),
    gold: here('../real/kinds/gold/'),
    metaOnly: true,
    floors: new URL('./floors-kinds.json', import.meta.url),
  },
  kindsheld: {
    id: 'kindsheld',
    label: 'real, kinds of instrument held out (10 more ministry rules, judicial interpretations, …: metadata gold only, never tuned on)',
    corpus: here('../real/kinds-heldout/corpus/'),
    gold: here('../real/kinds-heldout/gold/'),
    metaOnly: true,
    floors: new URL('./floors-kindsheld.json', import.meta.url),
  },
  randomdev: {
    id: 'randomdev',
    label: 'real, random draw (20 mirror documents drawn by seed, stratified by folder: metadata gold only)',
    corpus: here('../real/random/corpus/'),
    gold: here('../real/random/gold/'),
    metaOnly: true,
    floors: new URL('./floors-randomdev.json', import.meta.url),
  },
  randomheld: {
    id: 'randomheld',
    label: 'real, random draw held out (the other 20 of the seeded draw: metadata gold only, never tuned on)',
    corpus: here('../real/random-heldout/corpus/'),
    gold: here('../real/random-heldout/gold/'),
    metaOnly: true,
    floors: new URL('./floors-randomheld.json', import.meta.url),
  },
  randomxdev: {
    id: 'randomxdev',
    label: 'real, random extraction draw (5 short mirror documents drawn by seed: extraction gold, development half of session 19)',
    corpus: here('../real/randomx/corpus/'),
    gold: here('../real/randomx/gold/'),
    floors: new URL('./floors-randomxdev.json', import.meta.url),
  },
  randomxheld: {
    id: 'randomxheld',
    label: 'real, random extraction draw, second half (the other 5 of the seeded draw: extraction gold; held out in session 19, spent in session 20: a development set)',
    corpus: here('../real/randomx-heldout/corpus/'),
    gold: here('../real/randomx-heldout/gold/'),
    floors: new URL('./floors-randomxheld.json', import.meta.url),
  },
  random2dev: {
    id: 'random2dev',
    label: 'real, second random draw (20 mirror documents, seed 1920261201, every folder of ≥ 5 documents drawn: metadata gold only)',
    corpus: here('../real/random2/corpus/'),
    gold: here('../real/random2/gold/'),
    metaOnly: true,
    floors: new URL('./floors-random2dev.json', import.meta.url),
  },
  random2held: {
    id: 'random2held',
    label: 'real, second random draw held out (the other 20 of that draw: metadata gold only, never tuned on)',
    corpus: here('../real/random2-heldout/corpus/'),
    gold: here('../real/random2-heldout/gold/'),
    metaOnly: true,
    floors: new URL('./floors-random2held.json', import.meta.url),
  },
  random3dev: {
    id: 'random3dev',
    label: 'real, third random draw (12 mirror documents, seed 1920261220, session 34: metadata gold only)',
    corpus: here('../real/random3/corpus/'),
    gold: here('../real/random3/gold/'),
    metaOnly: true,
    floors: new URL('./floors-random3dev.json', import.meta.url),
  },
  random3held: {
    id: 'random3held',
    label: 'real, third random draw held out (the other 12 of that draw: metadata gold only, never tuned on)',
    corpus: here('../real/random3-heldout/corpus/'),
    gold: here('../real/random3-heldout/gold/'),
    metaOnly: true,
    floors: new URL('./floors-random3held.json', import.meta.url),
  },
  randomyheld: {
    id: 'randomyheld',
    label: 'real, random extraction draw of session 20 (6 short mirror documents, seed 1920261203: extraction gold; spent in session 21, dev since)',
    corpus: here('../real/randomy-heldout/corpus/'),
    gold: here('../real/randomy-heldout/gold/'),
    floors: new URL('./floors-randomyheld.json', import.meta.url),
  },
  randomzheld: {
    id: 'randomzheld',
    label: 'real, random extraction draw of session 21 (5 mirror documents of any length, seed 1920261204: extraction gold; spent in session 22, dev since)',
    corpus: here('../real/randomz-heldout/corpus/'),
    gold: here('../real/randomz-heldout/gold/'),
    floors: new URL('./floors-randomzheld.json', import.meta.url),
  },
  randomwheld: {
    id: 'randomwheld',
    label: 'real, random extraction draw of session 22 (8 mirror documents of any length, seed 1920261205: extraction gold; spent in session 22, dev since)',
    corpus: here('../real/randomw-heldout/corpus/'),
    gold: here('../real/randomw-heldout/gold/'),
    floors: new URL('./floors-randomwheld.json', import.meta.url),
  },
  randomvheld: {
    id: 'randomvheld',
    label: 'real, random extraction draw of session 22, second (8 mirror documents of any length, seed 1920261206: extraction gold; spent in session 23, dev since)',
    corpus: here('../real/randomv-heldout/corpus/'),
    gold: here('../real/randomv-heldout/gold/'),
    floors: new URL('./floors-randomvheld.json', import.meta.url),
  },
  randomuheld: {
    id: 'randomuheld',
    label: 'real, random extraction draw of session 23 (8 mirror documents of any length, seed 1920261207: extraction gold; spent in session 23, dev since)',
    corpus: here('../real/randomu-heldout/corpus/'),
    gold: here('../real/randomu-heldout/gold/'),
    floors: new URL('./floors-randomuheld.json', import.meta.url),
  },
  randomtheld: {
    id: 'randomtheld',
    label: 'real, random extraction draw of session 23, second (8 mirror documents of any length, seed 1920261208: extraction gold; spent in session 24, dev since)',
    corpus: here('../real/randomt-heldout/corpus/'),
    gold: here('../real/randomt-heldout/gold/'),
    floors: new URL('./floors-randomtheld.json', import.meta.url),
  },
  randomsheld: {
    id: 'randomsheld',
    label: 'real, random extraction draw of session 24 (8 mirror documents of any length, seed 1920261209: extraction gold; spent in session 25, dev since)',
    corpus: here('../real/randoms-heldout/corpus/'),
    gold: here('../real/randoms-heldout/gold/'),
    floors: new URL('./floors-randomsheld.json', import.meta.url),
  },
  randomrheld: {
    id: 'randomrheld',
    label: 'real, random extraction draw of session 25 (8 mirror documents of any length, seed 1920261210: extraction gold; spent in session 26, dev since)',
    corpus: here('../real/randomr-heldout/corpus/'),
    gold: here('../real/randomr-heldout/gold/'),
    floors: new URL('./floors-randomrheld.json', import.meta.url),
  },
  randomqheld: {
    id: 'randomqheld',
    label: 'real, random extraction draw of session 26 (8 mirror documents of any length, seed 1920261211: extraction gold; spent in session 27, dev since)',
    corpus: here('../real/randomq-heldout/corpus/'),
    gold: here('../real/randomq-heldout/gold/'),
    floors: new URL('./floors-randomqheld.json', import.meta.url),
  },
  randompheld: {
    id: 'randompheld',
    label: 'real, random extraction draw of session 27 (8 mirror documents of any length, seed 1920261212: extraction gold; spent in session 28, dev since)',
    corpus: here('../real/randomp-heldout/corpus/'),
    gold: here('../real/randomp-heldout/gold/'),
    floors: new URL('./floors-randompheld.json', import.meta.url),
  },
  randomoheld: {
    id: 'randomoheld',
    label: 'real, random extraction draw of session 28 (6 mirror documents of any length, seed 1920261213: extraction gold; spent in session 29, dev since)',
    corpus: here('../real/randomo-heldout/corpus/'),
    gold: here('../real/randomo-heldout/gold/'),
    floors: new URL('./floors-randomoheld.json', import.meta.url),
  },
  randomnheld: {
    id: 'randomnheld',
    label: 'real, random extraction draw of session 29 (6 mirror documents of any length, seed 1920261214: extraction gold; spent in session 30, dev since)',
    corpus: here('../real/randomn-heldout/corpus/'),
    gold: here('../real/randomn-heldout/gold/'),
    floors: new URL('./floors-randomnheld.json', import.meta.url),
  },
  randommheld: {
    id: 'randommheld',
    label: 'real, random extraction draw of session 30 (6 mirror documents of any length, seed 1920261215: extraction gold; spent in session 31, dev since)',
    corpus: here('../real/randomm-heldout/corpus/'),
    gold: here('../real/randomm-heldout/gold/'),
    floors: new URL('./floors-randommheld.json', import.meta.url),
  },
  randomlheld: {
    id: 'randomlheld',
    label: 'real, random extraction draw of session 31 (6 mirror documents of any length, seed 1920261216: extraction gold; spent in session 32, dev since)',
    corpus: here('../real/randoml-heldout/corpus/'),
    gold: here('../real/randoml-heldout/gold/'),
    floors: new URL('./floors-randomlheld.json', import.meta.url),
  },
  randomkheld: {
    id: 'randomkheld',
    label: 'real, random extraction draw of session 32 (6 mirror documents of any length, seed 1920261217: extraction gold; spent in session 33, dev since)',
    corpus: here('../real/randomk-heldout/corpus/'),
    gold: here('../real/randomk-heldout/gold/'),
    floors: new URL('./floors-randomkheld.json', import.meta.url),
  },
  randomjheld: {
    id: 'randomjheld',
    label: 'real, random extraction draw of session 33 (6 mirror documents of any length, seed 1920261218: extraction gold; spent in session 34, dev since)',
    corpus: here('../real/randomj-heldout/corpus/'),
    gold: here('../real/randomj-heldout/gold/'),
    floors: new URL('./floors-randomjheld.json', import.meta.url),
  },
  randomiheld: {
    id: 'randomiheld',
    label: 'real, random extraction draw of session 34 (6 mirror documents of any length, seed 1920261219: extraction gold; spent in session 35, dev since)',
    corpus: here('../real/randomi-heldout/corpus/'),
    gold: here('../real/randomi-heldout/gold/'),
    floors: new URL('./floors-randomiheld.json', import.meta.url),
  },
  randomhheld: {
    id: 'randomhheld',
    label: 'real, random extraction draw of session 35 (6 mirror documents of any length, seed 1920261221: extraction gold; spent in session 38, dev since)',
    corpus: here('../real/randomh-heldout/corpus/'),
    gold: here('../real/randomh-heldout/gold/'),
    floors: new URL('./floors-randomhheld.json', import.meta.url),
  },
  randomgheld: {
    id: 'randomgheld',
    label: 'real, random extraction draw of session 38 (6 mirror documents of any length, seed 1920261222: extraction gold; held out in sessions 38–41, dev since)',
    corpus: here('../real/randomg-heldout/corpus/'),
    gold: here('../real/randomg-heldout/gold/'),
    floors: new URL('./floors-randomgheld.json', import.meta.url),
  },
  randomfheld: {
    id: 'randomfheld',
    label: 'real, random extraction draw of session 40 (4 mirror documents of any length, seed 1920261223: extraction gold, held out, never tuned on)',
    corpus: here('../real/randomf-heldout/corpus/'),
    gold: here('../real/randomf-heldout/gold/'),
    floors: new URL('./floors-randomfheld.json', import.meta.url),
  },
  randomeheld: {
    id: 'randomeheld',
    label: 'real, random extraction draw of session 41 (4 mirror documents of any length, seed 1920261224: extraction gold, held out, never tuned on)',
    corpus: here('../real/randome-heldout/corpus/'),
    gold: here('../real/randome-heldout/gold/'),
    floors: new URL('./floors-randomeheld.json', import.meta.url),
  },
};
