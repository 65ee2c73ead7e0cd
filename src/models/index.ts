/** The one entry point through which views, chapters and workers reach the maths (CONTRACT.md, Figures). */
export { zohScalar, scalarLtiKernel } from "./ssm/scalarLti";
export type { ScalarLti } from "./ssm/scalarLti";
export { softplus, inverseSoftplus, sigmoid, silu, SOFTPLUS_THRESHOLD } from "./core/activations";
export { selectiveScan, selectiveScan1 } from "./ssm/selectiveScan";
export type {
  ScanParam,
  SelectiveScanInput,
  SelectiveScanOutput,
  ScanObserver,
  StateView,
  ScanOneChannel,
} from "./ssm/selectiveScan";
export { selectiveStateUpdate } from "./ssm/stateUpdate";
export type { StateUpdateInput, StateUpdateOutput } from "./ssm/stateUpdate";
export { s4dDiscretize, s4dKernel, s4dForward, s4dRecurrence, causalConv1 } from "./ssm/s4d";
export type { S4DParams } from "./ssm/s4d";
export { mambaA, mambaForward, mambaStep, mambaDecode, mambaZeroState } from "./mamba/block";
export type { MambaDims, MambaParams, MambaState, MambaIntermediates } from "./mamba/block";
export { mambaInit, defaultDtRank } from "./mamba/init";
export type { MambaInitArgs, MambaInit } from "./mamba/init";
export {
  GOLDEN_FORMAT,
  GOLDEN_FNS,
  goldenPassed,
  iterateGolden,
  verifyGolden,
  verifyGoldenCase,
  verifyGoldenAsync,
  parseGoldenText,
} from "./golden/verify";
export type {
  GoldenCaseResult,
  GoldenComparison,
  GoldenReport,
  GoldenTolerance,
  VerifyProgressOptions,
} from "./golden/verify";
export { GoldenFormatError, parseNd } from "./golden/ndarray";
export type { NdArray } from "./golden/ndarray";
export { createRng } from "./core/rng";
export type { Rng } from "./core/rng";
export { makeSignal, SIGNAL_KINDS } from "./signals/inputs";
export type { SignalKind, SignalOptions } from "./signals/inputs";
export {
  s4dRealA,
  discretizeZoh,
  discretizeBilinear,
  ltiScan,
  ltiKernel,
  causalConv,
  causalConvFft,
  causalConvAuto,
  FFT_CONV_MIN_LENGTH,
} from "./ssm/lti";
export type { DiscreteModes } from "./ssm/lti";
export { fftInPlace, nextPow2 } from "./ssm/fft";
export { runS4dRealLti, halfLife } from "./ssm/ltiHistory";
export type { LtiHistory } from "./ssm/ltiHistory";
export { blellochScan, blellochCounts, sequentialScan } from "./scan/blelloch";
export type { BlellochResult, ScanCounts, ScanLevel, ScanOp } from "./scan/blelloch";
export {
  TOKEN_CAPS,
  DEFAULT_TOKEN_CAP,
  normalizeText,
  isWordToken,
  tokenize,
} from "./text/tokenize";
export type { Tokenized } from "./text/tokenize";
export { HASH_DIM, utf8Bytes, fnv1a32, hashedUnitVector } from "./text/hash";
export {
  EMBED_DIM,
  HASH_WEIGHT,
  FEATURE_NAMES,
  FEATURE_INDEX,
  ID_OFFSET,
  WORD_CLASSES,
  UNKNOWN_WORD_FEATURES,
  UNKNOWN_SYMBOL_FEATURES,
  wordClassOf,
  embedToken,
  embedTokens,
  embedText,
} from "./text/embedding";
export type {
  FeatureName,
  NamedFeature,
  WordClass,
  WordClassSpec,
  TokenEmbedding,
  EmbeddedText,
} from "./text/embedding";
export {
  softmaxInto,
  causalAttention,
  typedTextAttention,
  projectedAttention,
} from "./attention/causal";
export type { AttentionInput, AttentionOutput, AttentionProjections } from "./attention/causal";
export {
  emptyKvCache,
  kvCacheAppend,
  attentionDecodeStep,
  typedTextDecodeStep,
  projectedAttentionDecodeStep,
} from "./attention/kvCache";
export type { KvCache, DecodeStepOutput } from "./attention/kvCache";
export * as facts from "./facts";
export type { TransformerShape, MambaShape, GpuSpec } from "./facts";
export { legendreP } from "./hippo/legendre";
export { hippoMatrices } from "./hippo/matrices";
export type { HippoMeasure, HippoMatrices } from "./hippo/matrices";
export {
  createHippoStepper,
  hippoRun,
  hippoReconstruct,
  hippoReconstructAt,
  hippoTestFunction,
  hippoTestSignal,
  legtDiscrete,
  rmse,
} from "./hippo/hippo";
export type { HippoConfig, HippoMethod, HippoRunResult, HippoStepper } from "./hippo/hippo";
export { HIPPO_SIGNALS, HIPPO_SIGNAL_LIMIT, hippoSignal } from "./hippo/presets";
export type { HippoSignalKind } from "./hippo/presets";
export { hippoSnapshot, hippoTrajectory, startHippoTrajectory } from "./hippo/trajectory";
export type { HippoSnapshot, HippoTrajectory, HippoTrajectoryBuilder } from "./hippo/trajectory";
export type { CostScope } from "./cost/common";
export {
  attentionWeightFlopsPerToken,
  attentionPrefillFlops,
  attentionDecodeFlops,
  attentionCrossoverLength,
  attentionFlopShare,
  kvCacheBytesPerToken,
  kvCacheBytes,
  kvCacheMaxContext,
} from "./cost/attentionCost";
export type { AttentionShape, AttentionFlopOptions } from "./cost/attentionCost";
export {
  selectiveScanFlopCounts,
  mambaProjectionFlopsPerToken,
  mambaConvFlopsPerToken,
  ssmPrefillFlops,
  ssmDecodeFlops,
  ssmStateValues,
  ssmStateBytes,
} from "./cost/ssmCost";
export type { SsmShape, SsmFlopOptions, ScanFlopCounts, SsmStateValues } from "./cost/ssmCost";
export {
  kvStateCrossoverTokens,
  prefillFlopCrossover,
  decodeFlopCrossover,
  hybridStack,
  hybridMemoryBytes,
  hybridPrefillFlops,
  hybridDecodeFlops,
} from "./cost/compare";
export type { CrossoverOptions, HybridStack, HybridMemory, HybridFlops } from "./cost/compare";
export { scanIoSteps, scanIo, scanIoRatioApprox, scanIoTime } from "./cost/scanIo";
export type {
  ScanIoShape,
  IoTensor,
  IoStep,
  ScanIoOptions,
  ScanIo,
  ScanIoTime,
} from "./cost/scanIo";
export { memoryHierarchy } from "./cost/memoryHierarchy";
export type { MemoryHierarchy } from "./cost/memoryHierarchy";
export { recomputeVsStore } from "./cost/recompute";
export type { BackwardStrategy, IoPhase, BackwardPlan, RecomputeVsStore } from "./cost/recompute";
export { selectiveScanElements } from "./scan/selectiveElements";
export type { SelectiveElementOptions, SelectiveElements } from "./scan/selectiveElements";
export { fitLogLog, fitUpperHalf, predictMs, crossoverLength, median } from "./bench/fit";
export type { BenchPoint, LogLogFit } from "./bench/fit";
export { makeBenchCase, attentionBytes, BENCH_KERNELS, DEFAULT_BENCH_SHAPE } from "./bench/cases";
export type { BenchCase, BenchKernel, BenchShape } from "./bench/cases";
export {
  householderQr,
  qrThinQ,
  qrR,
  lstsqQr,
  minNormSolve,
  solveSquare,
  solveLeastSquares,
  ridgeLstsq,
  cholesky,
  choleskySolve,
  singularValues,
  cond2,
  transpose,
} from "./core/lstsq";
export type { HouseholderQr } from "./core/lstsq";
export { seededUnitVector, oneHot } from "./tasks/codes";
export {
  COPY_NOISE,
  COPY_DATA,
  COPY_RECALL,
  fixedSpacingPositions,
  selectiveCopyingInstance,
  selectiveCopyingInstances,
} from "./tasks/selectiveCopying";
export type {
  CopyTokenKind,
  SelectiveCopyingOptions,
  SelectiveCopyingInstance,
} from "./tasks/selectiveCopying";
export { inductionHeadsInstance, inductionHeadsInstances } from "./tasks/inductionHeads";
export type { InductionHeadsOptions, InductionHeadsInstance } from "./tasks/inductionHeads";
export {
  MQAR_KEY,
  MQAR_VALUE,
  MQAR_QUERY,
  MQAR_KEYS,
  MQAR_VALUES,
  mqarKeyLabel,
  mqarInstance,
  mqarInstances,
} from "./tasks/mqar";
export type { MqarTokenKind, MqarOptions, MqarInstance } from "./tasks/mqar";
export {
  NEEDLE_FILLER_COUNT,
  NEEDLE_FILLER_WORDS,
  NEEDLE_KEY,
  NEEDLE_VALUE_TOKEN,
  NEEDLE_VALUE,
  NEEDLE_VALUES,
  needleValue,
  needleHasKey,
  needleHaystack,
} from "./tasks/needle";
export type { Haystack } from "./tasks/needle";
export {
  COPY_DELTA_DATA,
  COPY_CLOSED_PRE,
  buildCopySolver,
  copyDeltaPre,
  copyDeltas,
  copySolverScanInput,
  runCopySolver,
  copySolverAccuracy,
  recallAccuracy,
  argmax,
} from "./mechanisms/selectiveCopying";
export type {
  CopySolverOptions,
  CopySolveKind,
  CopySolver,
  CopyRun,
  RecallAccuracy,
} from "./mechanisms/selectiveCopying";
export {
  LTI_RIDGE,
  fitLtiKernel,
  ltiKernelScores,
  ltiKernelAccuracy,
  ltiSsmRecallStates,
  fitLtiSsm,
  ltiSsmAccuracy,
} from "./mechanisms/ltiBaseline";
export type { LtiKernelFit, LtiSsmFit } from "./mechanisms/ltiBaseline";
export {
  MQAR_CONV_KERNELS,
  mqarKeyCodes,
  mqarChannels,
  mqarScanInput,
  runMqar,
  mqarAccuracy,
  mqarAttention,
} from "./mechanisms/mqar";
export type { MqarCodeKind, MqarChannels, MqarRun } from "./mechanisms/mqar";
export {
  NEEDLE_CLOSED_DELTA,
  NEEDLE_NO_ANSWER,
  NEEDLE_ATTENTION_DIM,
  NEEDLE_ATTENTION_BETA,
  needleCodes,
  needleDeltas,
  needleScanInput,
  needleVerdict,
  runNeedle,
  needleClosedForm,
  needleAttentionCodes,
  needleAttention,
} from "./mechanisms/needle";
export type {
  NeedleGate,
  NeedleOptions,
  NeedleCodes,
  NeedleVerdict,
  NeedleReadout,
  NeedleRun,
  NeedleAttention,
} from "./mechanisms/needle";
export {
  UNIT_WINDOW,
  UNIT_KERNEL,
  UNIT_RESET_KERNEL,
  GATE_WEIGHTS_B,
  UNIT_BIAS,
  UNIT_RESET_WEIGHT,
  RESET_NORM,
  emptyUnitState,
  runSelectiveUnit,
  selectiveUnitOnText,
} from "./mechanisms/selectiveUnit";
export type { SelectiveUnitOptions, UnitState, SelectiveUnitRun } from "./mechanisms/selectiveUnit";
export {
  TOKEN_DT_WEIGHT,
  PULSES,
  tokenDependentDt,
  zohRecurrence,
  positionKernel,
  positionKernelSpread,
  convolutionTerms,
  maxAbsDifference,
  tokenPulses,
} from "./ssm/twoFaces";
export type { ZohRun } from "./ssm/twoFaces";
export { streamCostAt, streamPositions, streamCostSeries } from "./cost/stream";
export type { StreamCostOptions, StreamPoint, StreamCostSeries } from "./cost/stream";
export {
  LENSES,
  ASSOCIATION_CLASSES,
  ASSOCIATION_WORDS,
  lensVector,
  lensQuery,
  readThroughLens,
  topAssociations,
  associationOverlap,
} from "./text/lens";
export type { Lens, Association, LensReading } from "./text/lens";
