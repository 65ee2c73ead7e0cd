/** The one entry point through which views, chapters and workers reach the maths (CONTRACT.md, Figures). */
export { zohScalar, scalarLtiKernel } from "./ssm/scalarLti";
export type { ScalarLti } from "./ssm/scalarLti";
