// Sizes the canvas code needs to know about the panels that cover part of it.
/** Side panel width plus its margins: the part of the canvas it hides on the right. */
export const SIDE_PANEL_WIDTH = 420;
export const SIDE_PANEL_COVER = SIDE_PANEL_WIDTH + 24;
/** Canvas the coverage-gaps view (docked left) leaves free beside the side panel, when it can. */
export const GAPS_FREE_CANVAS = 260;
export const GAPS_PANEL_MIN = 480;
export const GAPS_PANEL_MAX = 660;
/** The gap view's width on a canvas this wide: `--gaps-width` in styles.css computes the same. */
export function gapsPanelWidth(canvasWidth: number): number {
  return Math.min(GAPS_PANEL_MAX, Math.max(GAPS_PANEL_MIN, canvasWidth - SIDE_PANEL_COVER - 24 - GAPS_FREE_CANVAS));
}
/** Below this much free canvas between the panels, frame as if only the side panel were open. */
export const MIN_FREE_CANVAS = 200;
