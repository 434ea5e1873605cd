import type { Detector, FileContent, Finding, ScanContext, Submodule } from '../../domain/finding.js';
import { defineOutcomes, emit, emitterFor } from '../outcomes.js';
import { evidenceBeside, judgeSignals, PATH_LINE, type Seen, type SignalSpec, type SignalTable } from '../kit.js';
import {
  basename,
  codeLanguage,
  codeLines,
  codePlaceholder,
  configEntries,
  configFormat,
  extension,
  findLine,
  findLineWhere,
  findSpan,
  shellCommands,
  stem,
  type CodeLanguage,
  type CodeLine,
} from '../text/code.js';
import { CODE_SWEEP, defineDetector } from '../define.js';
import { anyFolder, inEvalToolkit, inLibraryFolder, isRootHelperModule, namesPatchesOrLatents } from '../text/path-facts.js';
import { parseMarkdown } from '../text/markdown.js';
import { followsRecipe } from '../config-docs.js';
import { pipelinePointers } from '../pipeline-pointers.js';
import { splitLines } from '../text/lines.js';
import { augmentationStack, tokenizerModule } from '../text/data-code.js';

/**
 * Preprocessing code: how raw data became the training set. A file counts on what it does with
 * data — it reads a corpus, transforms it (tokenize and pack, deduplicate, filter, clean,
 * decontaminate) and writes shards (.bin/.idx/.npy/.jsonl/.parquet/arrow) — or on being a
 * data-pipeline framework's job (datatrove, dolma, NeMo-Curator). Inference-time processors
 * (`processing_*.py`, a `preprocess()` that turns one image into a tensor), tokenizer classes
 * and weight converters are look-alikes.
 */


/** A content pattern and the signal it shows. */
interface Pattern {
  id: SignalId;
  re: RegExp;
  /** Searched in the joined code when no single line matches (a call spread over lines). */
  multiline?: boolean;
}

interface Patterns {
  trains: RegExp;
  metrics: RegExp;
  read: Pattern[];
  write: Pattern[];
  transform: Pattern[];
  framework: Pattern[];
  /** Idioms matched on the code as written (a builder's method, a prompt to a model). */
  idioms: Pattern[];
  /** Idioms matched with string literals blanked, so a dataset named "mixture" is not mixing. */
  idiomsInCode: Pattern[];
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
      { id: 'reads-dataset', re: /\btfds\.load\s*\(|\bseqio\.(?:TfdsDataSource|TextLineDataSource|TFExampleDataSource|FunctionDataSource)\s*\(|\bload_dataset\s*\(|\bload_from_disk\s*\(|\bsnapshot_download\s*\(.*dataset|\bDataset\.from_(?:json|parquet|csv|generator)\s*\(|\b(?:ImageFolder|DatasetFolder)\s*\(|\bcreate_dataset\s*\(|\bCOCO\s*\(\s*(?:self\.)?\w*ann\w*|(?<!class\s+)\bCocoDetection\s*\(|\b(?:NuScenes|NuScenesCanBus|Lyft|KITTI|Waymo\w*Dataset)\s*\(|\b(?:Image)?Dataset\s*\(\s*(?:args\.)?\w*(?:train|data)_?dir\w*\s*[,)]|\bclass\s+\w+\s*\(\s*(?:(?:torchvision\.)?datasets\.\w+|ImageFolder|DatasetFolder)\s*\)/ },
      { id: 'reads-raw', re: /\b(?:tf\.io\.gfile\.GFile|tf\.gfile\.(?:GFile|Open))\s*\([^)]*,\s*["'](?:r|rb)["']|\bopen\s*\([^)]*,\s*(?:mode\s*=\s*)?["'](?:r|rb|rt)["']|\brequests\.get\s*\(|\burlopen\s*\(|\bread_(?:json|parquet|csv|table|feather)\s*\(|\bpq\.read_table\s*\(|\bParquetFile\s*\(|\bjsonlines\.open\s*\(|\b(?:gzip|bz2|lzma|zstd|zstandard)\.(?:open|ZstdDecompressor)\b|\bjson\.loads\s*\(|\.readlines\s*\(|\bjson\.load\s*\(\s*open\s*\(|\bos\.walk\s*\(|\bglob(?:\.glob|\.iglob)?\s*\(|\bPath\([^)]*\)\.(?:r?glob|iterdir)\s*\(|\bsmart_open\b|\bwarcio\b|\bArchiveIterator\s*\(/ },
      // The project's own reader of its file lists and manifests (`load_filepaths_and_text(filelist)`).
      { id: 'reads-raw', re: /\b(?:load|read)_(?:\w*_)?(?:filepaths|filelists?|manifests?|jsonl|corpus|raw_data)\w*\s*\(/ },
      { id: 'pipeline-reader', re: /\b(?:Jsonl|Parquet|Warc|Csv|HuggingFaceDataset|Ipc)Reader\s*\(/ },
      { id: 'reads-raw', re: /\bFile::open\s*\(|\bBufReader::new\s*\(|\bread_dir\s*\(|\bos\.Open\s*\(|\bbufio\.NewScanner\s*\(|\bos\.ReadDir\s*\(/ },
    ],
    write: [
      { id: 'writes-shards', re: /\bnp\.memmap\s*\([^;]{0,300}?["']w\+?["']|\.tofile\s*\(|\b(?:MMap)?IndexedDatasetBuilder\s*\(|\bmake_builder\s*\(|\bMDSWriter\s*\(|\bTFRecordWriter\s*\(|\bWriteToTFRecord\s*\(|\b(?:ld\.|litdata\.)?optimize\s*\([^;]{0,400}?\boutput_dir\b|\bTokensLoader\s*\(|\bDataProcessor\s*\([^;]{0,300}?\boutput_dir\b|\bDataChunkRecipe\b|\btorch\.save\s*\(\s*\w*(?:mel|feats?|features|spec|spectrogram|embeddings?|latents?|codes|tokens|units)\w*\s*,/ },
      // NumPy arrays: feature caches and token arrays alike (the same weight as a shard: a speech recipe's mels are
      // its training data), named apart because an inference tool's saved outputs look the same.
      { id: 'writes-arrays', re: /\bnp\.save(?:z(?:_compressed)?)?\s*\(/ },
      // mmcv/mmengine converters write the info files the training loader reads (`mmcv.dump(infos, path)`).
      { id: 'writes-infos', re: /\b(?:mmcv|mmengine)\.dump\s*\(/ },
      { id: 'writes-records', re: /\.to_(?:parquet|json|csv|feather)\s*\(|\bpq\.write_(?:table|to_dataset)\s*\(|\bParquetWriter\s*\(|\.save_to_disk\s*\(|\.push_to_hub\s*\(|\bArrowWriter\s*\(|\bjsonlines\.open\s*\([^)]*["']w|\bjson\.dump\s*\(|\.write\s*\(\s*json\.dumps|\.write\s*\(\s*orjson/ },
      // An LMDB of encoded images or samples, the store image-generation loaders read from.
      { id: 'writes-records', re: /\.begin\s*\(\s*write\s*=\s*True|\btxn\.put\s*\(/ },
      { id: 'pipeline-writer', re: /\b(?:Jsonl|Parquet|HuggingFaceDataset|Huggingface)Writer\s*\(|\bDiskWriter\s*\(/ },
      // The project's own writer (`write_datafile(...)` from a shared module, `utils.jdump(...)`): the
      // open-for-write lives in the helper, the call names what is written.
      { id: 'writes-helper', re: /\b(?:write|save|dump)_\w*?(?:datafile|data|shards?|tokens|jsonl?|records|dataset|split)s?\s*\(|\bj(?:son)?dump\s*\(/ },
      { id: 'writes-media', re: /\b(?:img|image|im|rlt|out_img|\w+_img|\w+_image)\.save\s*\(\s*(?:os\.path\.join|osp\.join|f["']|\w*(?:path|file|out)\w*)|\bcv2\.imwrite\s*\(|\bimageio\.(?:imwrite|mimwrite)\s*\(|\btorchaudio\.save\s*\(|\b(?:sf|soundfile)\.write\s*\(/ },
      { id: 'writes-files', re: /\bopen\s*\((?:[^()]|\([^()]*\))*,\s*(?:mode\s*=\s*)?["'](?:w|wb|a|ab|w\+|wt|at)["']|\bFile::create\s*\(|\bBufWriter::new\s*\(|\bos\.Create\s*\(|\bGzEncoder::new\s*\(/ },
    ],
    transform: [
      { id: 'dedup', re: /\bshingl\w*|\bmin_?hash|\bMinHash\w*|\bLSH\b|\bdedup\w*|\bdeduplicat\w*|\bsimhash\b|\bbloom_?filter|\bBloomFilter\b|\bexact_match_dedup|\bsuffix_array/i },
      // A method on a tokenizer, or the project's own encode/tokenize function (`encode(sample, tokenizer=…)`).
      { id: 'tokenizes', re: /\bpreprocessors\.tokenize(?:_and_append_eos)?\b|\.encode(?:_ordinary|_batch|_ordinary_batch)?\s*\(|\btokenizer\s*\(|\.tokenize\s*\(|\bencode_batch\s*\(|(?<![\w.])(?:encode|tokeni[sz]e)(?:_\w+)?\s*\(|\.apply_chat_template\s*\([^)\n]*\btokenize\s*=\s*True/ },
      { id: 'filters', re: /\b\w*(?:Quality|Language|Lang|Length|Repetition|Perplexity|Toxicity|Url|C4|Gopher|FineWeb)\w*Filter\s*\(|\bfasttext\b|\blangid\b|\blangdetect\b|\bperplexity\b|\bquality_(?:score|filter|signals?)\b|\.filter\s*\(|\bfilter_\w+\s*\(|\bdef\s+\w*filter\w*\s*\(/i },
      { id: 'packs', re: /\bconcatenat\w*|\bpack(?:ing|ed)?_?(?:sequences?|samples?|documents?)?\s*\(|\bchunk\w*\s*\(|\bgroup_texts\s*\(/ },
      { id: 'cleans', re: /\bftfy\b|\bunidecode\b|\bnormali[sz]e\w*\s*\(|\b_?clean\w*\s*\(|\bPII\w*|\bredact\w*\s*\(|\bstrip_html|\btrafilatura\b|\bresiliparse\b|\bjustext\b/ },
      { id: 'decontaminates', re: /\bdecontaminat\w*/i },
      // Random crops, flips and policies are applied only to training images (evaluation resizes and centres).
      { id: 'augments', re: /\bRandom(?:Resized)?Crop\s*\(|\bRandomHorizontalFlip\s*\(|\bRandAugment\b|\bRandomErasing\s*\(|\bColorJitter\s*\(|\bcreate_transform\s*\(|\bcenter_crop_arr\b|\b(?:FastCollate)?Mixup\s*\(|\bauto_augment\s*=|\bT\.(?:RandomFlip|ResizeShortestEdge|RandomCrop|RandomResize|RandomSizeCrop|RandomSelect)\s*\(|\btf\.image\.random_\w+\s*\(|\bsample_distorted_bounding_box\s*\(/ },
      // Video into the frames a vision model trains on: decoded, sub-sampled, resized.
      { id: 'extracts-frames', re: /\b(?:extract|sample)_frames?\s*\(|\bframes\s*\[\s*::|\bcv2\.resize\s*\(/ },
      // Patches cut from a full image at an offset (`img[rr:rr + ps, cc:cc + ps]`): the training samples of restoration models.
      { id: 'crops-patches', re: /\[\s*\w+\s*:\s*\w+\s*\+\s*\w+\s*,\s*\w+\s*:\s*\w+\s*\+\s*\w+\s*[,\]]/ },
      { id: 'shards', re: /\.shard\s*\(|\b(?:num|n)_shards\b|\b\w+_per_shard\b|\bshard_(?:df|path|file\w*|idx|index|size|id)\b|\bshuffle\s*\(|\.train_test_split\s*\(/ },
    ],
    framework: [
      { id: 'framework', re: /\bfrom\s+datatrove\b|\bimport\s+datatrove\b|\b(?:Local|Slurm|Ray)PipelineExecutor\s*\(/ },
      { id: 'framework', re: /(?:^|[\s;&|])dolma\s+(?:tokens|dedupe|mix|tag|list|warc)\b|\bfrom\s+dolma\b|\bimport\s+dolma\b/ },
      { id: 'framework', re: /\bfrom\s+nemo_curator\b|\bimport\s+nemo_curator\b/ },
      { id: 'framework', re: /\bfrom\s+data_juicer\b|\bdj-process\b/ },
      { id: 'framework', re: /\bfrom\s+text_dedup\b|\bpython\d?\s+-m\s+text_dedup\./ },
      { id: 'framework', re: /\bpreprocess_data(?:_partitions)?\.py\b[^\n]*--(?:input|output[-_]prefix)|\bcreate_pretraining_data\.py\b/ },
    ],
    idioms: [
      // An mmcv config's training pipeline names its steps in strings (`dict(type='RandomFlip', prob=0.5)`).
      { id: 'augments', re: /\btype\s*=\s*["'](?:Random(?:Resized)?Crop|RandomFlip|RandomResize|PhotoMetricDistortion|RandAugment|ColorJitter|Mosaic|MixUp)["']/ },
      { id: 'reads-media', re: /\btype\s*=\s*["']Load\w*From\w*["']/ },
      { id: 'config-pipeline', re: /^train_pipeline\s*=\s*\[/ },
      { id: 'builder-writes', re: /\b\w*(?:builder|writer|packer|sink)\w*\.(?:add_item|add_array|add_doc|add_document|end_document|write|write_batch|write_table|finalize)\s*\(/i },
      { id: 'synthesizes-data', re: /\bchat\.completions\.create\s*\(|\bopenai\.(?:Completion|ChatCompletion)\.create\s*\(|\bLLM\s*\([^)]*model\s*=|\bSamplingParams\s*\(/i },
    ],
    idiomsInCode: [
      // SeqIO tasks and TFDS/🤗 dataset builders: the TensorFlow/JAX idiom for turning raw data into training examples.
      { id: 'registers-task', re: /\bTaskRegistry\.add\s*\(|\bseqio\.Task\s*\(|\bMixtureRegistry\.add\s*\(/ },
      { id: 'dataset-builder', re: /\bclass\s+\w+\s*\(\s*(?:tfds\.core\.|tfds\.|datasets\.)?(?:GeneratorBasedBuilder|BeamBasedBuilder|ArrowBasedBuilder)\b/ },
      // Self-instruct names in code; a help string listing "self-instruct" among formats is not generation.
      { id: 'synthesizes-data', re: /\b(?:seed_tasks?|self_?instruct|synthetic_data|generate_instructions?|num_prompt_instructions)\b/i },
      { id: 'mixes', re: /\b(?:interleave_\w+|concatenate_datasets)\s*\(|\b(?:mix(?:ture)?|sampling|data)_(?:weights|ratios?|proportions?)\b|\bweights?_per_(?:source|dataset|domain)\b/ },
      { id: 'training-dataset', re: /\bclass\s+\w*(?:Dataset|DataModule|Collator)\b|\bclass\s+train_\w*(?:loader|dataset|data)\s*[(:]|\bclass\s+\w+\s*\(\s*(?:torchvision\.)?datasets\.\w+\s*\)|\bwds\.(?:WebDataset|DataPipeline|tarfile_to_samples|select|decode|map_dict)\s*\(|\bwebdataset\b|\b(?:IterableDataset|Dataset)\)\s*:|\b(?:ImageFolder|DatasetFolder)\s*\([^\n]*\btransform\s*=|\.map\s*\([^)]*(?:tokeniz|preprocess|process|format)\w*/ },
      // detectron2's on-the-fly loader (`class XDatasetMapper`), and subclasses of torchvision's COCO reader.
      { id: 'training-dataset', re: /\bclass\s+\w*DatasetMapper\b|\bclass\s+\w+\s*\(\s*(?:\w+\.)*(?:\w*CocoDetection|VisionDataset)\s*\)/ },
      // A folder of raw images wrapped with the training transform (`ImageFolder(traindir, TwoCropsTransform(…))`),
      // or timm's training loader with its augmentation policy: the on-the-fly loaders of vision training.
      { id: 'training-dataset', re: /\b(?:ImageFolder|DatasetFolder)\s*\([^)]{0,200}?\b\w*(?:[Tt]ransform|[Aa]ug)\w*|\bcreate_loader\s*\([^;]{0,600}?\b(?:is_training\s*=\s*True|auto_augment\s*=)/, multiline: true },
      // The same, with the function on the line after `.map(` (the call spread over several lines).
      { id: 'training-dataset', re: /\.map\s*\(\s*\n\s*(?:functools\.)?(?:partial\s*\(\s*)?\w*(?:tokeniz|preprocess|process|format)\w*/, multiline: true },
      // Supervised examples: prompt tokens masked out of the loss while the training set is built.
      { id: 'masks-labels', re: /\b(?:labels?|targets?)\w*\b[^\n]*(?:\bIGNORE_(?:INDEX|TOKEN_ID|ID)\b|\bignore_index\b|(?<![\w.])-100\b)|\[\s*(?:IGNORE_(?:INDEX|TOKEN_ID|ID)|self\.ignore_index|ignore_index|-100)\s*\]\s*\*/ },
      { id: 'reads-media', re: /\b(?:audio_read|load_audio|load_wav\w*|torchaudio\.load|sf\.read|soundfile\.read|librosa\.load|Image\.open|cv2\.imread|utils\.read_image|cv2\.VideoCapture|VideoReader|av\.open|read_video)\s*\(/ },
      // Speech models turn audio into the mel spectrograms they train on (`stft.mel_spectrogram(audio)`).
      { id: 'converts-media', re: /\b(?:convert_audio|resample\w*|Resample|ffmpeg)\b|\bmel_?spectrogram\w*\s*\(|\bMelSpectrogram\s*\(|(?<!def\s{1,4}|self\.)\b(?:get|compute|extract|wav_?(?:2|to)|audio_?to)_?mel\w*\s*\(|\bmel_basis\b|\blibrosa\.(?:feature\.\w+|stft)\s*\(/ },
      { id: 'scores-model', re: /\b(?:compute_metrics|accuracy_score|f1_score|exact_match|pass_at_k|evaluate_model|lm_eval|simple_evaluate)\b|\bmodel\.eval\s*\(\s*\)/ },
      { id: 'serves-input', re: /\bimport\s+gradio\b|\bgr\.(?:Interface|Blocks)\s*\(|\bFastAPI\s*\(|\bimport\s+streamlit\b/ },
    ],
    trains: /\b(?:Seq2Seq)?Trainer\s*\(|\btrainer\.train\s*\(|\.backward\s*\(/,
    metrics: /\b(?:compute_metrics|accuracy_score|f1_score|exact_match|pass_at_k|evaluate_model|lm_eval|simple_evaluate)\b/,
    processorName: /^(?:processing|image_processing|video_processing|feature_extraction)_\w+\.py$|^(?:image_)?processor(?:_\w+)?\.py$/i,
    processorClass: /\bclass\s+\w+\s*\([^)]*\b(?:ProcessorMixin|BaseImageProcessor(?:Fast)?|ImageProcessingMixin|FeatureExtractionMixin|SequenceFeatureExtractor|BaseVideoProcessor)\b/,
    tokenizerName: /^tokenization_\w+\.py$/i,
    // Also a subclass of a concrete Hugging Face tokenizer (`class KoBERTTokenizer(XLNetTokenizer)`).
    tokenizerClass: /\bclass\s+\w+\s*\([^)]*\b(?:PreTrainedTokenizer(?:Fast|Base)?\b|[A-Z]\w*Tokenizer(?:Fast)?\s*[,)])/,
    converterCode: /\bstate_dict\b|\bload_state_dict\s*\(|\.save_pretrained\s*\(|\bsafe_open\s*\(|\bsave_file\s*\(|\btorch\.load\s*\(/,
    inferenceInput: /\b(?:PIL|Image\.open|cv2|torchvision\.transforms|transforms\.(?:Compose|Resize|Normalize|ToTensor)|librosa|soundfile|torchaudio)\b|\breturn\s+\w*(?:tensor|pixel_values|input_ids|inputs|features)\b|\bdef\s+preprocess\s*\(\s*(?:self\s*,\s*)?(?:image|img|text|prompt|audio|frame|x|inputs?|sample|example)\b/,
    strongName: /^(?:prepare|preprocess|pre_process|tokeni[sz]e|dedup|deduplicate|filter|minhash|clean|decontaminate|create_pretraining_data|build_dataset|make_dataset|process_data|data_prep)(?:[_-][\w-]+)?$|^[\w-]*[_-](?:prepare|preprocess|tokeni[sz]e|tokeni[sz]ation|dedup|deduplication|minhash|filters?|filtering|decontamination|data_prep)(?:[_-][\w-]+)?$/i,
    dataDir: /(?:^|\/)(?:scripts\/data|data_converters?|data_collection|data_generation|data_gen|datagen|data_prep|data_preparation|dataprep|data_process|data_processing|dataloaders?|data_loaders?|data[_-]?pipeline|\w*preprocess(?:ing)?|webdata_processing|\w*data_processing|curation|dedup(?:lication)?|filtering|tokeni[sz]ation|datasets?\/scripts|data\/scripts|data)\//i,
    dropPath: /(?:^|\/)(?:tests?|testing|unit_tests|\.github|\.gitlab|\.circleci|\.ci|site-packages|node_modules|\.venv|venv|docs?)\//i,
    dropName: /^(?:test_[\w-]*|[\w-]*_test|conftest|setup|__init__)\.\w+$/i,
    // Shell invocations of preprocessing steps: the script or tool name says what it does.
    // fairseq binarizes the tokenized corpus; Moses, fastBPE, subword-nmt and SentencePiece tokenize it first.
    shellTool: /(?:^|[\s"'`;(&|/])((?:[\w-]*(?:prepare|preprocess|tokeni[sz]e|dedup|minhash|filter|decontaminat|clean)[\w-]*\.py)|fairseq-preprocess|tokenizer\.perl|fast\s+applybpe|subword-nmt\s+apply-bpe|spm_encode|dolma\s+(?:tokens|dedupe|mix|tag)|(?:img|video)2dataset\s+--|python\d?\s+-m\s+(?:text_dedup|datatrove|nemo_curator|dolma)[\w.]*)/i,
    pipelineDir: /(?:^|\/)(?:dedup\w*|dolma|datatrove|curation|curator|data[_-]?pipelines?|pipelines?|filters?|mixers?|taggers?|data_prep\w*|preprocess\w*)\//i,
    submodule:
      /(?:^|\/)(datatrove|dolma|NeMo-Curator|text-dedup|data-juicer|RedPajama-Data|dclm|deduplicate-text-datasets|bff|olmo-data|DataTrove|fineweb-2?|DCLM)(?:\.git)?\/?$/i,
  });
}

/** The findings made outside the signal scoring (judgeSignals), with their outcome and strength. */
const OUTCOMES = defineOutcomes('preprocessing', {
  'pipeline-run': { outcome: 'evidence', weight: 65, parts: { io: 10 }, label: 'a shell script running a preprocessing step; input and output locations add' },
  'pipeline-config': { outcome: 'evidence', weight: 60, parts: { setting: { each: 3, atMost: 5 } }, label: 'a data-pipeline framework config; each input, output or operation key adds' },
  'pipeline-submodule': { outcome: 'external', weight: 55, label: 'a git submodule of data-pipeline tooling' },
  'download-only': { outcome: 'weak', weight: 35, label: 'downloads data, processes none' },
  placeholder: { outcome: 'rejected', weight: 55, label: 'a preprocessing-named placeholder' },
  'no-data-processing': { outcome: 'rejected', weight: 45, label: 'named like preprocessing, does none' },
  'inference-preprocess': { outcome: 'rejected', weight: 35, label: 'prepares inputs for serving' },
  'weight-converter': { outcome: 'rejected', weight: 35, label: 'converts weights' },
  'evaluation-code': { outcome: 'rejected', weight: 35, label: 'scores a model' },
  'look-alike': { outcome: 'rejected', weight: 35, code: 'no-data-processing', label: 'a look-alike signal, no corpus read into shards' },
});

const finding = emitterFor(OUTCOMES);


/** A shell script that runs preprocessing steps (`python tools/preprocess_data.py --input …`, `dolma tokens …`). */
function shellPipeline(file: FileContent, lines: readonly CodeLine[]): Finding[] {
  const p = pat();
  for (const cmd of shellCommands(lines)) {
    const m = p.shellTool.exec(cmd.text);
    if (!m) continue;
    const io = /--(?:input|documents|in[-_]?dir|source|data[-_]?path|dataset)\b/i.test(cmd.text) && /--(?:output|destination|out[-_]?dir|output[-_]prefix|save[-_]?(?:dir|path))\b/i.test(cmd.text);
    const tool = m[1]!.replace(/\s+/g, ' ');
    return [emit(OUTCOMES, 'pipeline-run', { path: file.path, line: cmd.line, message: `runs ${tool} at line ${cmd.line}${io ? ' with input and output locations' : ''}`, parts: { io } })];
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
    return [emit(OUTCOMES, 'pipeline-config', { path: file.path, line: first.line, message: `data-pipeline config: ${opsText} settings from line ${first.line}${io.length > 0 ? ` (${io.slice(0, 2).join(', ')} given)` : ''}`, parts: { setting: io.length + ops.length } })];
  }
  return [];
}

/**
 * What a preprocessing file can show, weighed once here. Names and folders say what a file is meant
 * to do; reading a corpus, transforming it and writing it out say what it does; frameworks, shard
 * builders and writers are the idioms real pipelines use. Negative weights are what the usual
 * look-alikes do instead (score a model, serve one input). Calibrated on the study corpus.
 */
const SIGNALS = {
  'name-step': { label: 'named for a preprocessing step', weight: 30 },
  'name-hint': { label: 'named for data work', weight: 20 },
  'data-folder': { label: 'lives in a data-processing folder', weight: 10 },
  'pipeline-folder': { label: 'lives in a data-pipeline folder', weight: 10 },
  framework: { label: 'runs a data-pipeline framework', weight: 60 },
  'reads-dataset': { label: 'loads a dataset', weight: 15, group: 'read' },
  'reads-raw': { label: 'reads raw files', weight: 10, group: 'read' },
  'pipeline-reader': { label: 'reads input with a pipeline reader', weight: 20, group: 'read' },
  'writes-shards': { label: 'writes token shards', weight: 30, group: 'write' },
  'writes-arrays': { label: 'writes NumPy arrays', weight: 30, group: 'write' },
  'builder-writes': { label: 'writes through a dataset builder or writer', weight: 25 },
  'writes-records': { label: 'writes jsonl/parquet/arrow', weight: 20, group: 'write' },
  'writes-infos': { label: 'writes the info files the training loader reads (mmcv/mmengine dump)', weight: 20, group: 'write' },
  'pipeline-writer': { label: 'writes with a pipeline writer', weight: 25, group: 'write' },
  'writes-files': { label: 'writes output files', weight: 10, group: 'write' },
  'writes-helper': { label: "writes through the project's own data writer", weight: 15, group: 'write' },
  'writes-media': { label: 'writes image/audio files', weight: 10, group: 'write' },
  dedup: { label: 'deduplicates', weight: 25, group: 'transform' },
  tokenizes: { label: 'tokenizes', weight: 15, group: 'transform' },
  filters: { label: 'filters (quality/language)', weight: 15, group: 'transform' },
  packs: { label: 'packs sequences', weight: 10, group: 'transform' },
  cleans: { label: 'cleans text/PII', weight: 10, group: 'transform' },
  decontaminates: { label: 'decontaminates', weight: 20, group: 'transform' },
  shards: { label: 'shards/shuffles/splits', weight: 10, group: 'transform' },
  augments: { label: 'augments training samples (random crops, flips, added noise, policies)', weight: 10, group: 'transform' },
  'augmentation-stack': { label: 'composes a training augmentation stack (three or more random transforms)', weight: 50 },
  'extracts-frames': { label: 'extracts, sub-samples or resizes frames', weight: 10, group: 'transform' },
  'crops-patches': { label: 'cuts training patches out of full images', weight: 10, group: 'transform' },
  mixes: { label: 'mixes sources by weight', weight: 25 },
  'synthesizes-data': { label: 'prompts a model to generate training examples', weight: 20 },
  'registers-task': { label: 'registers a SeqIO task (data source, preprocessors, features)', weight: 35 },
  'dataset-builder': { label: 'defines a dataset builder that prepares and writes the splits', weight: 35, group: 'write' },
  'training-dataset': { label: 'builds the training dataset on the fly', weight: 20 },
  'config-pipeline': { label: "declares the training data pipeline in a config (an mmcv `train_pipeline`: load, augment, format)", weight: 25 },
  'masks-labels': { label: 'masks prompt tokens out of the loss (builds supervised examples)', weight: 15 },
  'reads-media': { label: 'decodes audio/image/video samples', weight: 10 },
  'converts-media': { label: 'resamples or converts media', weight: 10 },
  'read-transform-write': { label: 'reads data, transforms it and writes the result', weight: 15 },
  'scores-model': { label: 'scores a model (evaluation code)', weight: -30 },
  'eval-split-only': { label: 'prepares only a validation or test split (for evaluation)', weight: -25 },
  'serves-input': { label: 'transforms one input at inference', weight: -25 },
  'handles-weights': { label: 'handles model weights, not data', weight: -30 },
  'inference-processor': { label: 'inference-time input processor (image/text/audio → tensors for one request), not dataset preprocessing', weight: 0, veto: true },
  'tokenizer-class': { label: 'tokenizer class used to load the model, not a script that tokenizes the training data', weight: 0, veto: true },
} as const satisfies SignalTable<string>;
type SignalId = keyof typeof SIGNALS;

type Step = 'read' | 'write' | 'transform';
let steps: Record<Step, readonly SignalId[]> | undefined;

/** The signals of one step of the read → transform → write path, from the table (built on first use). */
function ids(step: Step): readonly SignalId[] {
  if (!steps) {
    const all = Object.keys(SIGNALS) as SignalId[];
    const of = (g: Step) => all.filter((id) => (SIGNALS[id] as SignalSpec).group === g);
    steps = { read: of('read'), write: of('write'), transform: of('transform') };
  }
  return steps[step];
}

function seenAt(lines: readonly CodeLine[], id: SignalId, re: RegExp, multiline = false): Seen<SignalId> | undefined {
  const l = findSpan(lines, re, multiline);
  return l ? { id, line: l.line } : undefined;
}

/**
 * A patch against another project (`training/framework_v2.patch`): what the release adds to that
 * project's data loader is code of its own. Each hunk as it reads after the patch, read on its own
 * (a hunk may start inside a docstring), with the line numbers of the patch file.
 */
function patchedCode(file: FileContent): { lang: CodeLanguage; lines: CodeLine[] } | undefined {
  const raw = splitLines(file.text);
  if (!raw.some((l) => /^(?:diff --git |\+\+\+ |@@ )/.test(l))) return undefined;
  const lang: CodeLanguage = raw.some((l) => /^(?:diff --git a\/|\+\+\+ b\/)\S+\.py\b/.test(l)) ? 'python' : 'other';
  const lines: CodeLine[] = [];
  let hunk: string[] = [];
  let first = 0;
  const flush = () => {
    for (const l of codeLines(hunk.join('\n'), lang)) lines.push({ line: first + l.line, text: l.text });
    hunk = [];
  };
  raw.forEach((l, i) => {
    if (/^(?:@@|diff |\+\+\+|---|index )/.test(l)) {
      flush();
      first = i + 1;
      return;
    }
    hunk.push(/^[+ ]/.test(l) ? l.slice(1) : '');
  });
  flush();
  return { lang, lines };
}

function checkPreprocessing(file: FileContent, patch?: { lang: CodeLanguage; lines: CodeLine[] }): Finding[] {
  if (file.binary || file.lfsPointer) return [];
  const p = pat();
  const base = basename(file.path);
  const name = stem(file.path);
  const ext = extension(file.path);
  const strong = p.strongName.test(name);

  if (['yaml', 'yml', 'json', 'toml'].includes(ext)) return checkPipelineConfig(file);
  // The top README, read last: "the same preprocessing steps as the original paper" says where they are published.
  if (ext === 'md') {
    const doc = parseMarkdown(file.text);
    const recipe = followsRecipe(doc, file.path, 'preprocessing');
    return recipe.length > 0 ? recipe : pipelinePointers(doc, file.path);
  }
  if ((ext === 'patch' || ext === 'diff') && !patch) {
    const patched = patchedCode(file);
    return patched ? checkPreprocessing(file, patched) : [];
  }

  const lang = patch?.lang ?? codeLanguage(file.path, file.text);
  const lines = patch?.lines ?? codeLines(file.text, lang);

  // Hugging Face processor and tokenizer classes run at inference, one input at a time.
  const seen: Seen<SignalId>[] = [];
  const processor = findLine(lines, p.processorClass);
  if (processor || p.processorName.test(base)) seen.push({ id: 'inference-processor', line: processor?.line ?? 1 });
  const tokClass = findLine(lines, p.tokenizerClass) ?? tokenizerModule(base, lines);
  if (tokClass || p.tokenizerName.test(base)) seen.push({ id: 'tokenizer-class', line: tokClass?.line ?? 1 });
  if (seen.length > 0) return judgeSignals('preprocessing', file.path, SIGNALS, seen, JUDGE);

  const placeholder = codePlaceholder(lines, file.text);
  if (placeholder) return strong ? [finding('placeholder', file.path, 1, `named like preprocessing code but ${placeholder}`)] : [];

  if (lang === 'shell') {
    const run = shellPipeline(file, lines);
    if (run.length > 0) return run;
  }

  // Dataset names such as "dolma_dedup" are strings, not deduplication: transforms are judged on code alone.
  const bare = lines.filter((l) => !/^\s*(?:from\s+\S+\s+)?import\s/.test(l.text)).map((l) => ({ line: l.line, text: l.text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""') }));
  if (strong) seen.push({ id: 'name-step', line: PATH_LINE });
  // A dataset's converter (`nuscenes_converter.py`) turns the raw release into the training format;
  // weight converters are named for their action (`convert_llama_weights.py`).
  else if (/prepar|preprocess|tokeni|dedup|minhash|filter|clean|decontam|pack|shard|mix|frame_?extract|extract_?frames|[a-z0-9]_converter$/i.test(name) || namesPatchesOrLatents(name)) seen.push({ id: 'name-hint', line: PATH_LINE });
  // One folder signal: `preprocessing/` is both a data folder and a pipeline folder, and says it once.
  if (p.pipelineDir.test(file.path)) seen.push({ id: 'pipeline-folder', line: PATH_LINE });
  else if (p.dataDir.test(file.path)) seen.push({ id: 'data-folder', line: PATH_LINE });
  const look = (from: readonly CodeLine[], list: readonly Pattern[], multiline = false) => {
    for (const { id, re, multiline: spread } of list) {
      const hit = seenAt(from, id, re, multiline || spread === true);
      if (hit) seen.push(hit);
    }
  };
  look(lines, p.framework);
  look(lines, p.read);
  look(lines, p.write, true);
  look(bare, p.transform);
  look(lines, p.idioms);
  look(bare, p.idiomsInCode);
  const stack = augmentationStack(bare);
  if (stack) seen.push({ id: 'augmentation-stack', line: stack });
  // A training dataset's own augmentation functions (`def aug(self, img0, gt, …)`, `def _augment_gain(audio)`,
  // speech's noise and reverberation, `def add_noise(self, audio, kind)`); elsewhere (an image-utilities
  // module) a function of that name says nothing about training.
  const augDef = seen.some((x) => x.id === 'training-dataset') ? findLine(bare, /\bdef\s+(?:_?aug(?:ment)?(?:_\w+)?|add_(?:noise|rev|reverb)\w*)\s*\(/) : undefined;
  if (augDef) seen.push({ id: 'augments', line: augDef.line });
  if (notScoring(seen, lines)) seen.splice(0, seen.length, ...seen.filter((x) => x.id !== 'scores-model'));
  const reads = seen.some((x) => ids('read').includes(x.id) || x.id === 'reads-media');
  // The whole path of a preprocessing step in one file is worth more than its parts. A training dataset
  // built on the fly hands what it read and transformed straight to the training loop: that is its output,
  // when it does more than tokenize (a fine-tuning script mapping a tokenizer over its data prepares nothing).
  const onTheFly =
    seen.some((x) => x.id === 'training-dataset' || x.id === 'config-pipeline') && seen.some((x) => x.id === 'masks-labels' || (ids('transform').includes(x.id) && x.id !== 'tokenizes'));
  const output = onTheFly || seen.some((x) => ids('write').includes(x.id) || x.id === 'builder-writes');
  // Audio turned into the spectrograms or sample rate the model trains on is the transform of a speech pipeline.
  if (reads && output && seen.some((x) => ids('transform').includes(x.id) || x.id === 'mixes' || x.id === 'converts-media')) {
    seen.push({ id: 'read-transform-write', line: PATH_LINE });
  }
  // Tokenizing the Pile's `val.jsonl` for a bits-per-byte task prepares an evaluation set, not training data.
  // A command-line default (`--filelists` defaulting to the val and test lists) is an example the user
  // replaces, not what the script is for.
  const evalSplit = findLineWhere(
    lines,
    /["'][^"'\n]*(?:^|[/_.-])(?:val|valid|validation|test|dev)(?:[_.-][^"'\n]*)?\.(?:jsonl?|txt|parquet|csv|tsv|arrow)["']|\bsplit\s*=\s*["'](?:validation|valid|val|test|dev)["']/i,
    (l) => !/\badd_argument\s*\(|\bdefault\s*=/.test(l.text),
  );
  // A dataset module's self-test (`if __name__ == "__main__":` loading the val CSV) is not what the module is for.
  const selfTest = findLine(lines, /^if\s+__name__\s*==\s*["']__main__["']\s*:/);
  const selfTested = evalSplit && selfTest && evalSplit.line > selfTest.line && seen.some((x) => x.id === 'training-dataset');
  if (evalSplit && !selfTested && !findLine(lines, /train/i)) seen.push({ id: 'eval-split-only', line: evalSplit.line });
  const converter = findLine(lines, p.converterCode);
  if (converter && !reads) seen.push({ id: 'handles-weights', line: converter.line });
  // Random augmentations are training-only: a module composing them does not serve one input at inference.
  // A training dataset's item (`return input_ids, attention_mask, loss_mask`) is not one request served.
  if (!reads && !stack && !seen.some((x) => ids('write').includes(x.id) || x.id === 'training-dataset')) {
    const inf = findLine(lines, p.inferenceInput);
    if (inf) seen.push({ id: 'serves-input', line: inf.line });
  }

  const judged = judgeSignals('preprocessing', file.path, SIGNALS, seen, JUDGE);
  const first = judged[0];
  if (first?.outcome === 'evidence' || (!first && !strong)) return judged;
  return namedLookAlike(file, seen, judged);
}

/**
 * Where "scores a model" is not what a file does. A fine-tuning script that reports metrics while it
 * trains (`compute_metrics` for its Trainer) is still the script that builds its training examples:
 * metrics count against evaluation code only. And `model.eval()` alone switches a model to inference:
 * a script that reads a dataset and writes what a pretrained encoder (a codec, a VAE) makes of it is
 * preparing training codes; generated images or audio written by a sampling script are no such output.
 */
function notScoring(seen: readonly Seen<SignalId>[], lines: readonly CodeLine[]): boolean {
  const p = pat();
  if (findLine(lines, p.trains)) return true;
  return seen.some((x) => ids('read').includes(x.id)) && seen.some((x) => ids('write').includes(x.id) && x.id !== 'writes-media') && !findLine(lines, p.metrics);
}

// Calibrated with `npm run accuracy -- --signals` over batches 1–113 and the study corpus: where it decides
// preprocessing the labels agree 67 times in 77; left weak, without training code in the tree, 4 in 68.
const FEEDS_TRAINING = { codes: ['data-processing', 'no-output'], other: 'training', code: 'feeds-training' } as const;
const JUDGE = { code: (top: SignalId) => (top === 'framework' ? 'pipeline-code' : 'data-processing'), what: 'data processing' } as const;

/** What the usual look-alikes do instead, as the reason a file named for preprocessing does not count. */
const LOOK_ALIKE: Partial<Record<SignalId, keyof typeof OUTCOMES.kinds>> = {
  'serves-input': 'inference-preprocess',
  'handles-weights': 'weight-converter',
  'scores-model': 'evaluation-code',
};

/**
 * A file that scored below evidence: say what it lacks in the user's terms. A named file showing a
 * look-alike's signal is rejected for it; one that only downloads, or reads and transforms without
 * writing, keeps its weak finding under a code that says so.
 */
function namedLookAlike(file: FileContent, seen: readonly Seen<SignalId>[], judged: Finding[]): Finding[] {
  const has = (ids: readonly SignalId[]) => seen.some((x) => ids.includes(x.id));
  const against = seen.filter((x) => SIGNALS[x.id].weight < 0).sort((a, b) => SIGNALS[a.id].weight - SIGNALS[b.id].weight)[0];
  const weak = judged[0];
  if (against && !(weak && has(ids('write')))) {
    const kind = LOOK_ALIKE[against.id] ?? 'look-alike';
    return [finding(kind, file.path, Math.max(1, against.line), `named like preprocessing but ${SIGNALS[against.id].label}; reads no corpus into training shards`)];
  }
  if (!has(ids('write')) && !has(ids('transform')) && /download/i.test(file.text)) {
    return [finding('download-only', file.path, 1, 'downloads data but does not process it (no filtering, dedup or tokenization)')];
  }
  if (weak && has(ids('read')) && has(ids('transform')) && !has(ids('write')) && !seen.some((x) => x.id === 'builder-writes')) {
    return [{ ...weak, code: 'no-output', message: `${weak.message}: reads and transforms data, writes no output of its own` }];
  }
  if (weak) return judged;
  return [finding('no-data-processing', file.path, 1, 'named like preprocessing but reads no corpus, transforms nothing and writes no shards')];
}

const SCORING_FOLDER = /^(?:benchmarks?|tasks)$/;

function rankPreprocessing(path: string): number | undefined {
  const p = pat();
  const base = basename(path);
  if (p.dropPath.test(path) || p.dropName.test(base)) return undefined;
  const ext = extension(path);
  const name = stem(path);
  // Benchmark tasks reshape test sets for scoring; that is evaluation, not training-data preparation.
  // Eval toolkits vendored under any name count too (`eval_mm/vlmevalkit/`, `lm-evaluation-harness/`; not `retrieval/`).
  if ((inEvalToolkit(path) || anyFolder(path, SCORING_FOLDER)) && !/dedup|decontam/i.test(path)) return undefined;
  // A copied-in library's data loaders are the library's (their evidence would be demoted): not read.
  if (inLibraryFolder(path)) return undefined;
  if (ext === 'md') return 1;
  // Scripts that score a model or serve it (`stt_evaluate_on_dataset.py`, `inference/main.py`) load data
  // for that, not to prepare training data; a decontamination step named for the eval set still counts.
  // Also in CamelCase (`EvalDataset.py`), and deployment entry points (`deploy.py`).
  if ((/(?:^|[_-])(?:eval|evaluate|evaluation|infer|inference|serve|serving|deploy\w*)(?:[_-]|$)/i.test(name) || /^(?:Eval|Infer|Inference|Test)(?=[A-Z])/.test(base)) && !/dedup|decontam/i.test(name)) return undefined;
  if (/(?:^|\/)(?:inference|infer|serving|serve)\//i.test(path)) return undefined;
  // Demos and serving clients prepare one user's input (`vace_preprocess_demo.py`, a Triton `runtime/` client).
  if (/(?:^|[_-])(?:demo|gradio|webui|client)(?:[_-]|$)/i.test(name) || /(?:^|\/)(?:gradios?|webui|triton\w*)\//i.test(path)) return undefined;
  let r: number;
  if (['yaml', 'yml', 'json', 'toml'].includes(ext)) {
    // Pipeline configs live in pipeline folders or are named for their step; results and logs are not configs.
    if (/(?:^|\/)(?:results?|outputs?|logs?)\//i.test(path)) return undefined;
    if (!p.pipelineDir.test(path) && !/^(?:dedup|filter|mix|tagger|curat|pipeline)/i.test(name)) return undefined;
    r = 50;
  } else if (p.strongName.test(name)) r = 85;
  else if (/prepar|preprocess|tokeni|dedup|minhash|filter|clean|shard|decontam|pack/i.test(name)) r = 65;
  // Restoration models train on patches cut from the raw images; latent diffusion on latents encoded once.
  else if (/dataset|datamodule|data_?(?:utils?|loader|module|mix|manager)|synthe|self_instruct|gen(?:erate)?_(?:data|instruction)|mixture|pipeline|lsh|frame_?extract|extract_?frames|lmdb|tfrecord|^data$/i.test(name) || namesPatchesOrLatents(name)) r = 45;
  else if (/train|finetune|fine_tune|fine-tune|sft/i.test(name)) r = 30;
  else if (name === 'main') r = 20;
  else if (p.dataDir.test(path)) r = 45;
  // A root module named for something else (helpers, models, losses, the app) is not read for data work.
  else if (!path.includes('/') && isRootHelperModule(name)) return undefined;
  else r = 20;
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
    out.push(finding('pipeline-submodule', s.path, 1, `git submodule ${s.path} points at ${repo} (data-pipeline tooling, ${url}): published there, not verifiable in this tree`, url));
  }
  return out;
}

export const preprocessing: Detector = defineDetector({
  id: 'preprocessing',
  globs: [
    '**/*{prepar,Prepar,PREPAR}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{preprocess,Preprocess,pre_process,pre-process}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{tokeniz,tokenis,Tokeniz}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{dedup,Dedup,minhash,MinHash,bloom,decontam,simhash}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{filter,Filter}*.{py,sh,bash,ipynb,rs,go}',
    '**/*{clean,shard,pack_,_pack,process_data,data_process,create_pretraining_data,build_dataset,make_dataset}*.{py,sh,bash,rs,go}',
    '**/{scripts/data,data_prep,data_preparation,dataprep,data_process,data_processing,data-processing,data_pipeline,data-pipeline,preprocess,preprocessing,webdata_processing,curation,dedup,deduplication,filtering,tokenization}/**/*.{py,sh,bash,rs,go,ipynb}',
    // A folder named for the step under any prefix (`src/data_preprocessing/`, `audio_preprocess/`).
    '**/*{preprocess,Preprocess}*/**/*.{py,sh,bash,rs,go,ipynb}',
    '**/data/**/*.{py,sh}',
    // mmdet3d-style converters from a raw dataset to the info files the loaders read; folders that
    // collect or generate the training data.
    '**/data_converter*/**/*.py',
    '**/{data_collection,data_generation,data_gen,datagen}/**/*.{py,sh}',
    // XLM-style `get-data-nmt.sh`: download, tokenize and binarize the corpus.
    '**/*{get-data,get_data}*.{sh,bash}',
    // A dataset folder's shell steps (`dataset/download_laion.sh` running img2dataset into shards).
    '**/{dataset,datasets}/*.{sh,bash}',
    // Modules named for what they do in a data pipeline, wherever they live in a source package.
    '**/*{dataset,datamodule,data_util,data_manager,dataloader,data_loader,data_module,_data,synthe,self_instruct,generate_data,gen_data,generate_instruction,mixture,data_mix,input_pipeline,frame_extract,extract_frames}*.py',
    // The same names in camel case (`dataLoader.py`, `DataSet.py`, `VideoDataset.py`).
    '**/*{Dataset,DataSet,dataSet,DataLoader,dataLoader,Dataloader,DataModule,dataModule}*.py',
    '**/{pipeline,pipelines,lsh,quality_signals,run_pipeline,data,datasets}.py',
    // A package's dataset modules (`datasets/coco.py`, `dataset/hypersim.py`, `corpora/auto.py`): loaders built for training.
    '**/{dataset,datasets,dataloader,dataloaders,data_loader,data_loaders,corpora,corpus}/*.py',
    '**/*{seqio,tfds}*.py',
    // Converters into the record stores image models train from (`create_ffhq_lmdb.py`, `make_tfrecords.py`),
    // into patches (`generate_patches_sidd.py`) or into latents encoded once (`precompute_latents.py`).
    '**/*{lmdb,tfrecord,TFRecord,patches,subimage,latents}*.py',
    '**/{tasks,mixtures}.py',
    // Fine-tuning scripts often load, format, tokenize and split their data on the fly.
    '**/*{train,finetune,fine_tune,fine-tune,sft}*.py',
    // A fine-tuning folder's entry point often loads, tokenizes and masks its data itself.
    '**/main.py',
    // A research repository's modules at its root (`kinetics.py`, `ssv2.py`): read last, judged on content.
    '*.py',
    // So do the other scripts of a training folder (`training/model/lora_script.py`): read after the named ones.
    '**/{training,train,finetune,finetuning,fine-tuning,fine_tune,sft}/**/*.py',
    '**/run_*{data,dedup,filter,token,clean,pipeline}*.py',
    '**/*{dedup,minhash,bloom}*/**/*.{rs,go}',
    '**/{dedup,dolma,datatrove,curation,curator,data_pipeline,data-pipeline,pipelines,filters,mixers,taggers,data_prep,preprocess,preprocessing}/**/*.{yaml,yml,json,toml}',
    '**/{dedup,filter,mixer,tagger,curat,pipeline}*.{yaml,yml,toml}',
    '{README,Readme,readme}.md',
    // Patches a release applies to another project's training code (its data loader among them).
    '**/*.{patch,diff}',
  ],
  rank: rankPreprocessing,
  check: (file: FileContent, _ctx: ScanContext) => evidenceBeside(checkPreprocessing(file), FEEDS_TRAINING),
  fromTree: (ctx) => pipelineSubmodules(ctx.submodules),
  enough: 3, sweep: CODE_SWEEP,
});
