// The floor: read every document of a folder and split it into words with one regex; nothing else.
//   node bench/baselines/floor.mjs <folder>
import { readFileSync } from 'node:fs';
import { listDocuments } from '../corpus.mjs';

let bytes = 0;
let words = 0;
const files = listDocuments(process.argv[2]);
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  bytes += text.length;
  words += text.split(/[\s.,;:!?()"“”]+/).length;
}
console.log(JSON.stringify({ documents: files.length, characters: bytes, words }));
