// compromise: nlp(text) over every document of a folder (terms, sentences and verb tags are read
// out so none of the work is skipped).   node bench/baselines/compromise.mjs <folder>
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { listDocuments } from '../corpus.mjs';

let terms = 0;
let sentences = 0;
let verbs = 0;
const files = listDocuments(process.argv[2]);
for (const path of files) {
  const doc = nlp(readFileSync(path, 'utf8'));
  terms += doc.terms().length;
  sentences += doc.sentences().length;
  verbs += doc.match('#Verb').length;
}
console.log(JSON.stringify({ documents: files.length, terms, sentences, verbs }));
