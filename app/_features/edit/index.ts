// Edit mode (`npm run dev` only): correcting the aligner's links in the page.
export { EditMode, type EditModeProps } from "./EditMode";
export { EDIT_API, type EditRequest, type EditResponse, type EditState } from "./protocol";
