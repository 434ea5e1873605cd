import type { Detector, FileContent, Finding, ScanContext, Submodule } from '../types.js';
import { findingsFor } from '../finding.js';
import {
  basename,
  codeLanguage,
  codeLines,
  codePlaceholder,
  configEntries,
  configFormat,
  extension,
  findLine,
  findSpan,
  joinLabels,
  shellCommands,
  stem,
  type CodeLine,
  type Hit,
  type Signal,
} from '../code.js';

/**
 * Preprocessing code: how raw data became the training set. A file counts on what it does with
 * data — it reads a corpus, transforms it (tokenize and pack, deduplicate, filter, clean,
 * decontaminate) and writes shards (.bin/.idx/.npy/.jsonl/.parquet/arrow) — or on being a
 * data-pipeline framework's job (datatrove, dolma, NeMo-Curator). Inference-time processors
 * (`processing_*.py`, a `preprocess()` that turns one image into a tensor), tokenizer classes
 * and weight converters are look-alikes.
 */


interface Patterns {
  read: Signal[];
  write: Signal[];
  transform: Signal[];
  framework: Signal[];
  processorName: RegExp;
  processorClass: RegExp;
  tokenizerName: RegExp;
  tokenizerClass: RegExp;
  converterCode: RegExp;
  inferenceInput: RegExp;
  strongName: RegExp;
  dataDir: RegExp;
  dropPath: RegExp;
  dropName: RegExp;
  shellTool: RegExp;
  pipelineDir: RegExp;
  submodule: RegExp;
}

let patterns: Patterns | undefined;

// Built on first use: nothing is compiled at import time.
function pat(): Patterns {
  return (patterns ??= {
    read: [
      { label: 'loads a dataset', re: /\btfds\.load\s*\(|\bload_dataset\s*\(|\bload_from_disk\s*\(|\bsnapshot_download\s*\(.*dataset|\bDataset\.from_(?:json|parquet|csv|generator)\s*\(/ },
      { label: 'reads raw files', re: /\bopen\s*\([^)]*,\s*(?:mode\s*=\s*)?["'](?:r|rb|rt)["']|\brequests\.get\s*\(|\burlopen\s*\(|\bread_(?:json|parquet|csv|table|feather)\s*\(|\bpq\.read_table\s*\(|\bParquetFile\s*\(|\bjsonlines\.open\s*\(|\b(?:gzip|bz2|lzma|zstd|zstandard)\.(?:open|ZstdDecompressor)\b|\bjson\.loads\s*\(|\.readlines\s*\(|\bos\.walk\s*\(|\bglob(?:\.glob|\.iglob)?\s*\(|\bPath\([^)]*\)\.(?:r?glob|iterdir)\s*\(|\bsmart_open\b|\bwarcio\b|\bArchiveIterator\s*\(/ },
      { label: 'reads input with a pipeline reader', re: /\b(?:Jsonl|Parquet|Warc|Csv|HuggingFaceDataset|Ipc)Reader\s*\(/ },
      { label: 'opens input files', re: /\bFile::open\s*\(|\bBufReader::new\s*\(|\bread_dir\s*\(|\bos\.Open\s*\(|\bbufio\.NewScanner\s*\(|\bos\.ReadDir\s*\(/ },
    ],
    write: [
      { label: 'writes token shards', re: /\bnp\.memmap\s*\([^;]{0,300}?["']w\+?["']|\.tofile\s*\(|\bnp\.save[z]?\s*\(|\b(?:MMap)?IndexedDatasetBuilder\s*\(|\bmake_builder\s*\(|\bMDSWriter\s*\(|\bTFRecordWriter\s*\(|\b(?:ld\.|litdata\.)?optimize\s*\([^;]{0,400}?\boutput_dir\b|\bTokensLoader\s*\(|\bDataProcessor\s*\([^;]{0,300}?\boutput_dir\b|\bDataChunkRecipe\b/ },
      { label: 'writes jsonl/parquet/arrow', re: /\.to_(?:parquet|json|csv|feather)\s*\(|\bpq\.write_(?:table|to_dataset)\s*\(|\bParquetWriter\s*\(|\.save_to_disk\s*\(|\.push_to_hub\s*\(|\bArrowWriter\s*\(|\bjsonlines\.open\s*\([^)]*["']w|\bjson\.dump\s*\(|\.write\s*\(\s*json\.dumps|\.write\s*\(\s*orjson/ },
      { label: 'writes with a pipeline writer', re: /\b(?:Jsonl|Parquet|HuggingFaceDataset|Huggingface)Writer\s*\(|\bDiskWriter\s*\(/ },
      { label: 'writes output files', re: /\bopen\s*\([^)]*,\s*(?:mode\s*=\s*)?["'](?:w|wb|a|ab|w\+|wt|at)["']|\bFile::create\s*\(|\bBufWriter::new\s*\(|\bos\.Create\s*\(|\bGzEncoder::new\s*\(/ },
    ],
    transform: [
      { label: 'deduplicates', re: /\bshingl\w*|\bmin_?hash|\bMinHash\w*|\bLSH\b|\bdedup\w*|\bdeduplicat\w*|\bsimhash\b|\bbloom_?filter|\bBloomFilter\b|\bexact_match_dedup|\bsuffix_array/i },
      { label: 'tokenizes', re: /\.encode(?:_ordinary|_batch|_ordinary_batch)?\s*\(|\btokenizer\s*\(|\.tokenize\s*\(|\bencode_batch\s*\(/ },
      { label: 'filters (quality/language)', re: /\b\w*(?:Quality|Language|Lang|Length|Repetition|Perplexity|Toxicity|Url|C4|Gopher|FineWeb)\w*Filter\s*\(|\bfasttext\b|\blangid\b|\blangdetect\b|\bperplexity\b|\bquality_(?:score|filter|signals?)\b|\.filter\s*\(|\bfilter_\w+\s*\(|\bdef\s+\w*filter\w*\s*\(/i },
      { label: 'packs sequences', re: /\bconcatenat\w*|\bpack(?:ing|ed)?_?(?:sequences?|samples?|documents?)?\s*\(|\bchunk\w*\s*\(|\bblock_size\b|\bgroup_texts\s*\(/ },
      { label: 'cleans text/PII', re: /\bftfy\b|\bunidecode\b|\bnormali[sz]e\w*\s*\(|\bclean\w*\s*\(|\bPII\w*|\bredact\w*\s*\(|\bstrip_html|\btrafilatura\b|\bresiliparse\b|\bjustext\b/ },
      { label: 'decontaminates', re: /\bdecontaminat\w*/i },
      { label: 'shards/shuffles', re: /\.shard\s*\(|\bnum_shards\b|\bshuffle\s*\(|\.train_test_split\s*\(/ },
    ],
    framework: [
      { label: 'datatrove pipeline', re: /\bfrom\s+datatrove\b|\bimport\s+datatrove\b|\b(?:Local|Slurm|Ray)PipelineExecutor\s*\(/ },
      { label: 'dolma pipeline', re: /(?:^|[\s;&|])dolma\s+(?:tokens|dedupe|mix|tag|list|warc)\b|\bfrom\s+dolma\b|\bimport\s+dolma\b/ },
      { label: 'NeMo-Curator pipeline', re: /\bfrom\s+nemo_curator\b|\bimport\s+nemo_curator\b/ },
      { label: 'data-juicer pipeline', re: /\bfrom\s+data_juicer\b|\bdj-process\b/ },
      { label: 'text-dedup', re: /\bfrom\s+text_dedup\b|\bpython\d?\s+-m\s+text_dedup\./ },
      { label: "Megatron's data preprocessing", re: /\bpreprocess_data(?:_partitions)?\.py\b[^\n]*--(?:input|output[-_]prefix)|\bcreate_pretraining_data\.py\b/ },
    ],
    processorName: /^(?:processing|image_processing|video_processing|feature_extraction)_\w+\.py$|^(?:image_)?processor(?:_\w+)?\.py$/i,
    processorClass: /\bclass\s+\w+\s*\([^)]*\b(?:ProcessorMixin|BaseImageProcessor(?:Fast)?|ImageProcessingMixin|FeatureExtractionMixin|SequenceFeatureExtractor|BaseVideoProcessor)\b/,
    tokenizerName: /^tokenization_\w+\.py$/i,
    tokenizerClass: /\bclass\s+\w+\s*\([^)]*\bPreTrainedTokenizer(?:Fast|Base)?\b/,
    converterCode: /\bstate_dict\b|\bload_state_dict\s*\(|\.save_pretrained\s*\(|\bsafe_open\s*\(|\bsave_file\s*\(|\btorch\.load\s*\(/,
    inferenceInput: /\b(?:PIL|Image\.open|cv2|torchvision\.transforms|transforms\.(?:Compose|Resize|Normalize|ToTensor)|librosa|soundfile|torchaudio)\b|\breturn\s+\w*(?:tensor|pixel_values|input_ids|inputs|features)\b|\bdef\s+preprocess\s*\(\s*(?:self\s*,\s*)?(?:image|img|text|prompt|audio|frame|x|inputs?|sample|example)\b/,
    strongName: /^(?:prepare|preprocess|pre_process|tokeni[sz]e|dedup|deduplicate|filter|minhash|clean|decontaminate|create_pretraining_data|build_dataset|make_dataset|process_data|data_prep)(?:[_-][\w-]+)?$|^[\w-]*[_-](?:prepare|preprocess|tokeni[sz]e|tokeni[sz]ation|dedup|deduplication|minhash|filters?|filtering|decontamination|data_prep)(?:[_-][\w-]+)?$/i,
    dataDir: /(?:^|\/)(?:scripts\/data|data_prep|data_preparation|dataprep|data_processing|data[_-]?pipeline|preprocess(?:ing)?|webdata_processing|\w*data_processing|curation|dedup(?:lication)?|filtering|tokeni[sz]ation|datasets?\/scripts|data\/scripts|data)\//i,
    dropPath: /(?:^|\/)(?:tests?|testing|unit_tests|\.github|\.gitlab|\.circleci|\.ci|site-packages|node_modules|\.venv|venv|docs?)\//i,
    dropName: /^(?:test_[\w-]*|[\w-]*_test|conftest|setup|__init__)\.\w+$/i,
    // Shell invocations of preprocessing steps: the script or tool name says what it does.
    shellTool: /(?:^|[\s"'`;(&|/])((?:[\w-]*(?:prepare|preprocess|tokeni[sz]e|dedup|minhash|filter|decontaminat|clean)[\w-]*\.py)|dolma\s+(?:tokens|dedupe|mix|tag)|python\d?\s+-m\s+(?:text_dedup|datatrove|nemo_curator|dolma)[\w.]*)/i,
    pipelineDir: /(?:^|\/)(?:dedup\w*|dolma|datatrove|curation|curator|data[_-]?pipelines?|pipelines?|filters?|mixers?|taggers?|data_prep\w*|preprocess\w*)\//i,
    submodule:
      /(?:^|\/)(datatrove|dolma|NeMo-Curator|text-dedup|data-juicer|RedPajama-Data|dclm|deduplicate-text-datasets|bff|olmo-data|DataTrove|fineweb-2?|DCLM)(?:\.git)?\/?$/i,
  });
}

const finding = findingsFor('preprocessing');


/** Signals found, in file order (`byLine`) or in the order of the list, most specific first. */
function hits(lines: readonly CodeLine[], signals: readonly Signal[], multiline = false, byLine = true): Hit[] {
  const out: Hit[] = [];
  for (const s of signals) {
    const l = findSpan(lines, s.re, multiline);
    if (l) out.push({ label: s.label, line: l.line });
  }
  return byLine ? out.sort((a, b) => a.line - b.line) : out;
}


/** A shell script that runs preprocessing steps (`python tools/preprocess_data.py --input …`, `dolma tokens …`). */
function shellPipeline(file: FileContent, lines: readonly CodeLine[]): Finding[] {
  const p = pat();
  for (const cmd of shellCommands(lines)) {
    const m = p.shellTool.exec(cmd.text);
    if (!m) continue;
    const io = /--(?:input|documents|in[-_]?dir|source|data[-_]?path|dataset)\b/i.test(cmd.text) && /--(?:output|destination|out[-_]?dir|output[-_]prefix|save[-_]?(?:dir|path))\b/i.test(cmd.text);
    const tool = m[1]!.replace(/\s+/g, ' ');
    return [finding(file.path, cmd.line, 'evidence', io ? 75 : 65, 'pipeline-run', `runs ${tool} at line ${cmd.line}${io ? ' with input and output locations' : ''}`)];
  }
  return [];
}

/** Data-pipeline framework configs (dolma, NeMo-Curator, text-dedup style YAML/JSON). */
function checkPipelineConfig(file: FileContent): Finding[] {
  const format = configFormat(file.path, file.text);
  if (!format || format === 'python' || format === 'shell') return [];
  const entries = configEntries(file.text, format);
  const keys = new Set(entries.map((e) => e.key));
  const io = ['documents', 'destination', 'input', 'output', 'input_dir', 'output_dir', 'input_path', 'output_path', 'source', 'sources', 'paths', 'input_data_dir', 'output_data_dir'].filter((k) => keys.has(k));
  const ops = ['dedupe', 'dedup', 'deduplication', 'minhash', 'bloom_filter', 'taggers', 'filters', 'filter', 'attributes', 'mixer', 'mixers', 'streams', 'num_perm', 'ngram', 'ngrams', 'jaccard_threshold', 'tokenizer', 'quality_signals', 'lang_id', 'language_filter', 'fuzzy_dedup', 'exact_dedup', 'decontamination', 'pii', 'pipeline', 'processes'].filter((k) => keys.has(k));
  const curator = /\bnemo_curator\.|\bdatatrove\.|\bdata_juicer\b/.test(file.text);
  if ((io.length >= 1 && ops.length >= 2) || (curator && ops.length >= 1)) {
    const first = entries.find((e) => ops.includes(e.key))!;
    const opsText = ops.slice(0, 3).join(', ');
    return [finding(file.path, first.line, 'evidence', 60 + Math.min(15, 3 * (io.length + ops.length)), 'pipeline-config', `data-pipeline config: ${opsText} settings from line ${first.line}${io.length > 0 ? ` (${io.slice(0, 2).join(', ')} given)` : ''}`)];
  }
  return [];
}

function checkPreprocessing(file: FileContent): Finding[] {
  if (file.binary || file.lfsPointer) return [];
  const p = pat();
  const base = basename(file.path);
  const name = stem(file.path);
  const ext = extension(file.path);
  const strong = p.strongName.test(name);

  if (['yaml', 'yml', 'json', 'toml'].includes(ext)) return checkPipelineConfig(file);

  const lang = codeLanguage(file.path, file.text);
  const lines = codeLines(file.text, lang);

  // Hugging Face processor and tokenizer classes run at inference, one input at a time.
  const processor = findLine(lines, p.processorClass);
  if (processor || p.processorName.test(base)) {
    return [finding(file.path, processor?.line ?? 1, 'rejected', 30, 'inference-processor', 'inference-time input processor (image/text/audio → tensors for one request), not dataset preprocessing')];
  }
  const tokClass = findLine(lines, p.tokenizerClass);
  if (tokClass || p.tokenizerName.test(base)) {
    return [finding(file.path, tokClass?.line ?? 1, 'rejected', 30, 'tokenizer-class', 'tokenizer class used to load the model, not a script that tokenizes the training data')];
  }
  const placeholder = codePlaceholder(lines, file.text);
  if (placeholder) return strong ? [finding(file.path, 1, 'rejected', 55, 'placeholder', `named like preprocessing code but ${placeholder}`)] : [];

  // Dataset names such as "dolma_dedup" are strings, not deduplication: transforms are judged on code alone.
  const bare = lines.filter((l) => !/^\s*(?:from\s+\S+\s+)?import\s/.test(l.text)).map((l) => ({ line: l.line, text: l.text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""') }));
  const frameworks = hits(lines, p.framework);
  const read = hits(lines, p.read, false, false);
  const write = hits(lines, p.write, true, false);
  const transform = hits(bare, p.transform);
  const named = strong || /prepar|preprocess|tokeni|dedup|minhash|filter|clean|decontam|pack/i.test(name);

  if (lang === 'shell') {
    const run = shellPipeline(file, lines);
    if (run.length > 0) return run;
  }

  if (frameworks.length > 0 && (transform.length > 0 || write.length > 0 || read.length > 0)) {
    const f = frameworks[0]!;
    const what = [...transform.map((h) => h.label)].slice(0, 3);
    return [finding(file.path, f.line, 'evidence', 85, 'pipeline-code', `${f.label} at line ${f.line}${what.length > 0 ? ` (${joinLabels(what)})` : ''}`)];
  }

  // A file picked up only for living under data/ must show the whole path: read, transform, write.
  if (write.length > 0 && transform.length > 0 && (read.length > 0 || named)) {
    const t = transform[0]!;
    const strength = Math.min(95, 65 + 5 * Math.min(3, transform.length) + (read.length > 0 ? 5 : 0) + (strong ? 5 : 0));
    const parts = [read.length > 0 ? read[0]!.label : '', joinLabels(transform.slice(0, 3).map((h) => h.label)), write[0]!.label].filter((s) => s !== '');
    return [finding(file.path, t.line, 'evidence', strength, 'data-processing', `${parts.join(', ')} (${t.label} at line ${t.line})`)];
  }

  // A script named for the step it performs, reading a corpus and writing a new one: the name says the transform.
  if (strong && read.length > 0 && write.length > 0) {
    return [finding(file.path, read[0]!.line, 'evidence', 65, 'data-processing', `${read[0]!.label} at line ${read[0]!.line} and ${write[0]!.label}; the name says the step (${name})`)];
  }

  if (!strong) return [];

  // Weight converters read a checkpoint and write a checkpoint: no data involved.
  const converter = findLine(lines, p.converterCode);
  if (converter && read.length === 0) {
    return [finding(file.path, converter.line, 'rejected', 35, 'weight-converter', `handles model weights (line ${converter.line}), not data: no corpus is read`)];
  }

  const tokenizerImpl = findLine(lines, /\bclass\s+\w*Tokeni[sz]er\b/);
  if (tokenizerImpl && read.length === 0 && write.length === 0) {
    return [finding(file.path, tokenizerImpl.line, 'rejected', 30, 'tokenizer-class', `tokenizer implementation (line ${tokenizerImpl.line}), not a script that tokenizes the training data`)];
  }
  if (lang === 'shell') {
    const call = findLine(lines, /\b(?:python\d?(?:\.\d+)?|bash|sh|uv\s+run)\s+(?:-m\s+)?\S+/);
    if (call) return [finding(file.path, call.line, 'weak', 40, 'delegates', `runs other scripts (line ${call.line}); they are judged on their own`)];
  }
  if (read.length === 0 && write.length === 0) {
    const inf = findLine(lines, p.inferenceInput);
    if (inf) {
      return [finding(file.path, inf.line, 'rejected', 35, 'inference-preprocess', `transforms one input at inference (line ${inf.line}); reads no dataset and writes no shards`)];
    }
  }
  if (read.length > 0 && transform.length > 0) {
    return [finding(file.path, transform[0]!.line, 'weak', 40, 'no-output', `reads and transforms data (${joinLabels(transform.slice(0, 2).map((h) => h.label))}) but writes nothing the training could use`)];
  }
  if (/download/i.test(file.text) && transform.length === 0) {
    return [finding(file.path, 1, 'weak', 35, 'download-only', 'downloads data but does not process it (no filtering, dedup or tokenization)')];
  }
  return [finding(file.path, 1, 'rejected', 45, 'no-data-processing', 'named like preprocessing but reads no corpus, transforms nothing and writes no shards')];
}

function rankPreprocessing(path: string): number | undefined {
  const p = pat();
  const base = basename(path);
  if (p.dropPath.test(path) || p.dropName.test(base)) return undefined;
  const ext = extension(path);
  const name = stem(path);
  // Benchmark tasks reshape test sets for scoring; that is evaluation, not training-data preparation.
  if (/(?:^|\/)(?:evals?|evaluations?|benchmarks?|tasks|lm_eval)\//i.test(path) && !/dedup|decontam/i.test(path)) return undefined;
  let r: number;
  if (['yaml', 'yml', 'json', 'toml'].includes(ext)) {
    // Pipeline configs live in pipeline folders or are named for their step; results and logs are not configs.
    if (/(?:^|\/)(?:results?|outputs?|logs?)\//i.test(path)) return undefined;
    if (!p.pipelineDir.test(path) && !/^(?:dedup|filter|mix|tagger|curat|pipeline)/i.test(name)) return undefined;
    r = 50;
  } else if (p.strongName.test(name)) r = 85;
  else if (/prepar|preprocess|tokeni|dedup|minhash|filter|clean|shard|decontam|pack/i.test(name)) r = 65;
  else if (p.dataDir.test(path)) r = 45;
  else r = 25;
  if (p.dataDir.test(path)) r += 5;
  if (ext === 'ipynb') r -= 20;
  if (/(?:^|\/)(?:examples?|tutorials?|notebooks?)\//i.test(path)) r -= 15;
  return Math.max(1, Math.min(99, r));
}

function httpsUrl(url: string): string {
  const ssh = /^git@([^:]+):(.+)$/.exec(url);
  const https = ssh ? `https://${ssh[1]}/${ssh[2]}` : url.replace(/^git:\/\//, 'https://');
  return https.replace(/\.git$/, '');
}

function pipelineSubmodules(submodules: readonly Submodule[]): Finding[] {
  const out: Finding[] = [];
  for (const s of submodules) {
    const repo = pat().submodule.exec(s.url.replace(/\.git$/, ''))?.[1];
    if (!repo) continue;
    const url = httpsUrl(s.url);
    out.push(finding(s.path, 1, 'external', 55, 'pipeline-submodule', `git submodule ${s.path} points at ${repo} (data-pipeline tooling, ${url}): published there, not verifiable in this tree`, url));
  }
  return out;
}

export const preprocessing: Detector = {
  id: 'preprocessing',
  title: 'Preprocessing scripts',
  why: 'What the model learned from is decided by how the raw data was filtered, deduplicated, tokenized and packed. Without that code a data card cannot be checked and the training set cannot be rebuilt.',
  fix: 'Commit the scripts that turned raw data into training shards (e.g. scripts/data/prepare.py that tokenizes and writes .bin/.jsonl/.parquet, your dedup/filter jobs, or the datatrove/dolma/NeMo-Curator configs you ran). Inference-time processors (processing_*.py) and tokenizer classes do not count.',
  globs: [
    '**/*{prepar,Prepar,PREPAR}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{preprocess,Preprocess,pre_process,pre-process}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{tokeniz,tokenis,Tokeniz}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{dedup,Dedup,minhash,MinHash,bloom,decontam,simhash}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{filter,Filter}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{clean,shard,pack_,_pack,process_data,data_process,create_pretraining_data,build_dataset,make_dataset}*.{py,sh,bash,rs,go}',
    '**/{scripts/data,data_prep,data_preparation,dataprep,data_processing,data-processing,data_pipeline,data-pipeline,preprocess,preprocessing,webdata_processing,curation,dedup,deduplication,filtering,tokenization}/**/*.{py,sh,bash,rs,go,ipynb}',
    '**/data/**/*.{py,sh}',
    '**/*{dedup,minhash,bloom}*/**/*.{rs,go}',
    '**/{dedup,dolma,datatrove,curation,curator,data_pipeline,data-pipeline,pipelines,filters,mixers,taggers,data_prep,preprocess,preprocessing}/**/*.{yaml,yml,json,toml}',
    '**/{dedup,filter,mixer,tagger,curat,pipeline}*.{yaml,yml,toml}',
  ],
  rank: rankPreprocessing,
  check: (file: FileContent, _ctx: ScanContext) => checkPreprocessing(file),
  fromTree: (ctx) => pipelineSubmodules(ctx.submodules),
  enough: 3,
};
