// npm run pin -- content/<name>.txt "e13 = z13" ["e14 = -" …]   pins links (with the hashes of their text)
// npm run pin -- content/<name>.txt --remove "e13 = z13"        removes pins
// Writes content/<name>.links, keeping pins in document order and comments as they are. Refuses,
// with file:line problems, an edit that leaves the file invalid (unknown ids, crossing pins …).
import { formatProblem } from "@/lib/content/load";
import { addPins, parseLinks, removePins } from "@/lib/corrections";
import { linksFileOf, readArticleSentences, readLinks, replaceLinks } from "@/lib/corrections/files";

function main(): number {
  const args = process.argv.slice(2);
  const remove = args.includes("--remove");
  const [articleFile, ...lines] = args.filter((a) => a !== "--remove");
  if (!articleFile || lines.length === 0) {
    console.error('usage: npm run pin -- content/<name>.txt [--remove] "e12 e13 = z11" …');
    return 2;
  }
  const sentences = readArticleSentences(articleFile);
  if (!sentences.ok) {
    for (const problem of sentences.problems) console.error(formatProblem(problem));
    return 1;
  }
  const edits = parseLinks("(command line)", lines.join("\n"));
  if (edits.problems.length > 0) {
    for (const problem of edits.problems) console.error(`${problem.message} (argument ${problem.line + 1})`);
    return 2;
  }
  const linksFile = linksFileOf(articleFile);
  const before = readLinks(linksFile);
  const result = (remove ? removePins : addPins)(linksFile, before, edits.pins, sentences.en, sentences.zh);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`${linksFile} left unchanged.`);
    return 1;
  }
  if (!replaceLinks(linksFile, before, result.text).ok) {
    console.error(`${linksFile} changed while this pin was made (edit mode or another pin); left as it is now, run the command again.`);
    return 1;
  }
  console.log(`${linksFile}: ${parseLinks(linksFile, result.text).pins.length} pinned link(s)`);
  return 0;
}

process.exitCode = main();
