export interface WrittenDocExample { path: string; source: string; symbol: string; index: number; checks: number }
export function writeDocExamples(outDir?: string): WrittenDocExample[];
export function extractDocExamples(): { source: string; symbol: string; index: number; body: string[] }[];
