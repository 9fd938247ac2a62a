// Types for agreements.mjs, which stays plain ESM so that the bench runs on Node 20 as it is.
export function sampleRecords(): { header: string; records: string[][] };
export function generateAgreements(count?: number): Buffer;
