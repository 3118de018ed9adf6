// An article's own label at the start of its text, with the spaces after it (第十四条 老年人… since session 38's clean
// stage keeps one space there): what the link stage strips before it compares an article's words.

/** 第十四条 or 第十四条之一 at the start of a measure's text, and the spaces after it. */
export const ARTICLE_LABEL = /^\s*第[一二三四五六七八九十百零〇]+条(?:之[一二三四五六七八九十]+)?\s*/;

/** A measure id or path ending in an article (…#第三章/第二十一条, …/第十条之一): the law's articles a rule reads as a whole. */
export const ARTICLE_ID = /第[^/#]+条(?:之[一二三四五六七八九十]+)?$/;
