// Japanese: to be written.

import { DialogueStanceError } from '../../errors.js';
import type { Language } from '../types.js';

export const japanese: Language = {
  id: 'ja',
  compile() {
    throw new DialogueStanceError('CODEBOOK_INVALID', 'Japanese is not supported yet');
  },
};
