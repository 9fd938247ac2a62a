import { PactsheetDB } from './schema';

export const db = new PactsheetDB();
