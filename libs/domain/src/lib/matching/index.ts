export { MAX_SCORE, MatchInputError, isPackedMatchInstance } from './types';
export type { MatchCertificate, MatchEdge, MatchInstance, MatchPair, MatchParticipant, MatchSolution, MatchStats, PackedMatchInstance } from './types';
export { packMatchInstance } from './parse';
export { MatchJsonReader, NeedsGeneralParse, parseMatchJson, parseMatchJsonGeneral } from './json';
export { solveMatching } from './solver';
export { verifyCertificate } from './certificate';
export { countBlockingPairs, stableMatching } from './stable';
export type { StableSolution } from './stable';
export type { CertificateCheck } from './certificate';
