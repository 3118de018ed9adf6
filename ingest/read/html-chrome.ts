// Removing site chrome from a saved page before the content block is chosen: scripts and styles,
// navigation, headers and footers, share bars, hidden SEO text — by tag, by class/id and by style.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { attr, childElements, measure, type Mass } from './html-dom.js';

/** Never content. */
const DEAD_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas', 'map',
  'audio', 'video', 'button', 'select', 'input', 'textarea', 'link', 'meta', 'head',
]);
/** Chrome by HTML5 semantics; removed unless they hold the article (see keeps). */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form']);
/** class/id fragments of chrome, English and the pinyin Chinese CMSs use (daohang 导航, dqwz 当前位置, fenxiang 分享, banquan 版权). */
const CHROME_NAME = /nav|breadcrumb|crumb|share|footer|sidebar|side-bar|menu|comment|copyright|toolbar|daohang|dqwz|weizhi|fenxiang|bdshare|jiathis|banquan|yqlj|friendlink/i;
/** Fragments too common to match inside words: these must be a whole token of the class or id. */
const CHROME_TOKEN = /^(foot|bottom|header|topbar|top-bar|position|location|login|search|banner|related|recommend|print|ads?|advert|advertisement)$/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function looksLikeChrome(el: Element): boolean {
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`.trim();
  if (!names) return false;
  if (CHROME_NAME.test(names)) return true;
  return names.split(/[\s_-]+/).some((token) => CHROME_TOKEN.test(token));
}

function isHidden(el: Element): boolean {
  return HIDDEN_STYLE.test(attr(el, 'style')) || el.attribs?.hidden !== undefined || attr(el, 'aria-hidden') === 'true';
}

/**
 * Remove chrome under `body`, in place. A chrome-looking element that holds at least 40% of the page's
 * non-link text is the article in disguise (ASP.NET pages wrap everything in one <form>; some CMSs put
 * the article in <div class="main has-sidebar">): it is unwrapped, not removed.
 */
export function removeChrome($: CheerioAPI, body: Element): void {
  for (const el of $(body).find('*').toArray()) {
    if (DEAD_TAGS.has(el.name)) $(el).remove();
  }
  const masses: Map<Element, Mass> = measure(body);
  const total = masses.get(body)?.text ?? 0;
  const keeps = (el: Element) => (masses.get(el)?.text ?? 0) >= 0.4 * total && total > 0;
  const visit = (el: Element) => {
    for (const child of childElements(el)) {
      if (isHidden(child)) {
        $(child).remove();
      } else if ((CHROME_TAGS.has(child.name) || looksLikeChrome(child)) && !keeps(child)) {
        $(child).remove();
      } else {
        visit(child);
      }
    }
  };
  visit(body);
}
