import { storeContract } from './contract';
import { openPgliteStore } from './pglite';

storeContract('embedded PGlite', () => openPgliteStore());
