// Sizes the canvas code needs to know about the panels that cover part of it.
/** Side panel width plus its margins: the part of the canvas it hides on the right. */
export const SIDE_PANEL_WIDTH = 420;
export const SIDE_PANEL_COVER = SIDE_PANEL_WIDTH + 24;
