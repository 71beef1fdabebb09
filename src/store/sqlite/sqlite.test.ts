import { describe, expect, it } from 'vitest';
import { runStoreContract } from '../contract.js';
import { openSqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', () => openSqliteStore(':memory:'));
