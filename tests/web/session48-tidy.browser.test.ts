// Session 48 (helper tidy, issue 13): the gap view for two documents coverage does not compare (no link, no citation
// between them, so no CARRIES edge) shows the forms the lower one carries the higher one's entities under, computed by
// the server for the pair (coverage/forms.ts pairForms, sent with GET /api/gap-passages), and reads the form's sentence
// in one click. On the sample: 2024年湖北省科协科普工作要点 carries 吉林省科协2020年科普工作要点's 科普大讲堂 as
// 荆楚科普大讲堂.
import { describe, expect, it } from 'vitest';
import { graphFromSnapshot, lowerDocuments } from '../../coverage/index.js';
import { pairForms } from '../../coverage/forms.js';
import { expectCarriedFormRead, SKIP_BROWSER, useSamplePage } from './browser-harness.js';

const JILIN = 'doc:吉林省科协2020年科普工作要点';
const HUBEI = 'doc:2024年湖北省科协科普工作要点';

describe.skipIf(SKIP_BROWSER)('#browser gap view: a free pair’s forms, computed on demand', () => {
  const sample = useSamplePage();

  it('reads 湖北’s 荆楚科普大讲堂 for 吉林’s 科普大讲堂, marked and in view', async () => {
    const { harness, snapshot, page, pageErrors } = sample;
    const g = graphFromSnapshot(snapshot);
    expect(lowerDocuments(g, JILIN).some((d) => d.id === HUBEI), 'a pair coverage does not compare').toBe(false);
    const places = pairForms(g, JILIN, HUBEI).get('prog:科普大讲堂')!.places;
    await page.goto(`${harness.served.url}/?view=gaps&higher=${encodeURIComponent(JILIN)}&lower=${encodeURIComponent(HUBEI)}`);
    const row = page.locator('[data-testid=gaps-programmes-table] [data-testid=gap-row][data-node-id="prog:科普大讲堂"]');
    await expect.poll(() => row.getByTestId('gap-carried-as').textContent()).toContain('荆楚科普大讲堂');
    expect(await row.getAttribute('data-status')).toBe('covered');
    await expectCarriedFormRead(page, row, '2024年湖北省科协科普工作要点', places, '荆楚科普大讲堂');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
