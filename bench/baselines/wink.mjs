// wink-nlp: readDoc over every document of a folder (tokens, sentences and part-of-speech tags are
// read out so none of the work is skipped).   node bench/baselines/wink.mjs <folder>
import { readFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { listDocuments } from '../corpus.mjs';

const nlp = winkNLP(model);
const its = nlp.its;
let tokens = 0;
let sentences = 0;
let verbs = 0;
const files = listDocuments(process.argv[2]);
for (const path of files) {
  const doc = nlp.readDoc(readFileSync(path, 'utf8'));
  tokens += doc.tokens().length();
  sentences += doc.sentences().length();
  for (const pos of doc.tokens().out(its.pos)) if (pos === 'VERB') verbs++;
}
console.log(JSON.stringify({ documents: files.length, tokens, sentences, verbs }));
