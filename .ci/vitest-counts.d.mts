export interface VitestCounts {
    passed: number;
    failed: number;
    skipped: number;
}
export function vitestCounts(json: unknown): VitestCounts;
