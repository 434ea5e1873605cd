import { createHash } from 'node:crypto';
import { ComponentType, ExternalReferenceType, LicenseAcknowledgement } from '@cyclonedx/cyclonedx-library/Enums';
import { Bom, Component, ExternalReference, LicenseExpression, NamedLicense, Property, SpdxLicense, type License } from '@cyclonedx/cyclonedx-library/Models';
import { JsonSerializer, JSON as CdxJson } from '@cyclonedx/cyclonedx-library/Serialize';
import { isSupportedSpdxId } from '@cyclonedx/cyclonedx-library/SPDX';
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec';
import type { ArtifactId } from '../domain/artifacts.js';
import type { GateReport, MofComponentResult, ReportItem } from '../domain/report-model.js';
import type { CardFacts, EvalMetric } from '../domain/finding-facts.js';
import { licenseScopeOf } from '../domain/licenses/license-id.js';
import { parseSpdx } from '../domain/licenses/spdx.js';
import type { Finding } from '../domain/finding.js';
import { blobUrl, encodePath, httpUrl, inertJson, validLinks, type RepoLinks } from './escape.js';

/**
 * `--format cyclonedx`: a CycloneDX 1.6 ML-BOM (JSON) of the release, from the same evidence as
 * the report. The document is built with @cyclonedx/cyclonedx-library's models and JSON
 * serializer. The library (10.x) models neither `modelCard` nor a component's `data`, so those two
 * are added to the normalized tree through `MlBomSerializer._normalize`; tests validate the whole
 * document with the library's JSON validator against the official 1.6 schema.
 *
 * What goes where:
 * - `metadata.component`: the model (`machine-learning-model`), with the evidence of every artifact
 *   as `externalReferences` (path#line at the scanned commit), its license, the gate's verdict,
 *   each artifact's status and the MOF class as `properties`, and the `modelCard`.
 * - `components`: one `data` component per dataset the evidence names (hub links, the model
 *   card's `datasets:`, data folders in the tree), referenced from `modelCard.modelParameters.datasets`.
 * - Reproducible: no timestamp unless given, bom-refs and `serialNumber` derived from the content.
 *
 * Pure: a function of the report, the scan's findings and the options.
 */

export interface CycloneDxOptions {
  /** `metadata.timestamp` (e.g. from SOURCE_DATE_EPOCH); absent by default so that runs are reproducible. */
  timestamp?: Date;
  /** Evidence links become blob URLs at the scanned commit; otherwise paths relative to the scanned folder. */
  links?: RepoLinks;
  /** The model's name (default: the scanned folder's name). */
  name?: string;
  /** The model's version (e.g. the release tag). */
  version?: string;
}

export interface CycloneDxInput {
  report: GateReport;
  /** The scan's findings: eval scores, model-card sections and datasets not in the report. */
  findings: readonly Finding[];
}

const PREFIX = 'openness-gate';
const MODEL_REF = 'model';
/** How many evidence locations per artifact become references: the strongest, as in the report. */
const PER_ARTIFACT = 3;
const MAX_DATASETS = 50;

/** The reference type that says most about an artifact's evidence; the rest are plain `evidence`. */
const REFERENCE_TYPE: Partial<Record<ArtifactId, ExternalReferenceType>> = {
  'model-card': ExternalReferenceType.ModelCard,
  'data-card': ExternalReferenceType.Documentation,
  license: ExternalReferenceType.License,
  config: ExternalReferenceType.Configuration,
  'technical-report': ExternalReferenceType.Documentation,
  'research-paper': ExternalReferenceType.Documentation,
};

/** Artifacts that become `data` components rather than references of the model. */
const DATA_ARTIFACTS: readonly ArtifactId[] = ['datasets', 'evaluation-data'];

type Role = 'training' | 'evaluation';

interface Dataset {
  key: string;
  name: string;
  role: Role;
  /** Hub page (the dataset's own card) when published elsewhere. */
  url?: string;
  /** Where the release names it. */
  where: Array<{ path: string; line: number }>;
  /** Set for data in the tree, from the MOF component's license. */
  license?: string;
}

/** The parts of CycloneDX 1.6's `modelCard` this BOM fills (the library has no model for it). */
interface ModelCard {
  modelParameters?: {
    approach?: { type: NonNullable<CardFacts['approach']> };
    task?: string;
    datasets?: Array<{ ref: string }>;
  };
  quantitativeAnalysis?: { performanceMetrics: Array<{ type: string; value: string; slice: string }> };
  considerations?: { useCases?: string[]; technicalLimitations?: string[]; ethicalConsiderations?: Array<{ name: string }> };
}

/** CycloneDX 1.6 `componentData`, the subset used here. */
interface ComponentData {
  type: 'dataset';
  name: string;
  contents?: { url: string };
}

interface Extra {
  modelCard?: ModelCard;
  data: Map<string, ComponentData[]>;
}

/** A normalized component as the serializer emits it, with the two 1.6 fields added. */
interface NormalizedWithExtras {
  'bom-ref'?: string;
  modelCard?: ModelCard;
  data?: ComponentData[];
}

/** Adds what the library cannot model yet (`modelCard`, `data`) to the normalized tree it builds. */
class MlBomSerializer extends JsonSerializer {
  constructor(private readonly extra: Extra) {
    super(new CdxJson.Normalize.Factory(Spec1dot6));
  }

  protected override _normalize(...args: Parameters<JsonSerializer['_normalize']>): ReturnType<JsonSerializer['_normalize']> {
    const normalized = super._normalize(...args);
    const model: NormalizedWithExtras | undefined = normalized.metadata?.component;
    if (model && this.extra.modelCard) model.modelCard = this.extra.modelCard;
    for (const c of (normalized.components ?? []) as NormalizedWithExtras[]) {
      const data = c['bom-ref'] !== undefined ? this.extra.data.get(c['bom-ref']) : undefined;
      if (data) c.data = data;
    }
    return normalized;
  }
}

/** A location of the release: a blob URL at the commit, or the path relative to the scanned folder. */
function locationUrl(path: string, line: number, links: RepoLinks | undefined): string {
  if (links) return blobUrl(links, path, line);
  return `${encodePath(path)}${line >= 1 ? `#L${Math.floor(line)}` : ''}`;
}

/** An SPDX id or expression as the library models it; undefined when it is neither. */
function licenseOf(id: string, url?: string): License | undefined {
  const ast = parseSpdx(id);
  if (!ast) return undefined;
  const simple = 'license' in ast && !ast.plus && !ast.exception ? ast.license : undefined;
  const license: License =
    simple === undefined
      ? new LicenseExpression(id)
      : isSupportedSpdxId(simple)
        ? new SpdxLicense(simple, url ? { url } : {})
        : new NamedLicense(simple, url ? { url } : {});
  license.acknowledgement = LicenseAcknowledgement.Declared;
  return license;
}

/** A short, stable, readable bom-ref: a slug of the name and a hash of the key. */
function refFor(kind: string, key: string, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._/-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${kind}:${slug || 'unnamed'}:${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** `org/name` of a dataset hub URL, else the URL without scheme. */
function datasetName(url: string): string {
  const hub = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn|kaggle\.com)\/datasets\/([^/?#]+\/[^/?#]+)/i.exec(url);
  if (hub?.[1]) {
    try {
      return decodeURIComponent(hub[1]);
    } catch {
      // A malformed escape in a repository's link: its name as written.
      return hub[1];
    }
  }
  return url.replace(/^https?:\/\//i, '').replace(/(?<!\/)\/+$/, '');
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

function mofComponent(report: GateReport, artifact: ArtifactId): MofComponentResult | undefined {
  return report.mof?.components.find((c) => c.artifact === artifact);
}

/** The datasets the evidence names: hub links and the card's `datasets:` (published elsewhere), and data folders in the tree. */
function datasetsOf(report: GateReport, findings: readonly Finding[], card: CardFacts | undefined, cardPath: string | undefined): Dataset[] {
  const byKey = new Map<string, Dataset>();
  const add = (d: Omit<Dataset, 'where'>, where: { path: string; line: number }) => {
    const known = byKey.get(d.key);
    if (known) {
      if (!known.where.some((w) => w.path === where.path && w.line === where.line)) known.where.push(where);
      // Trained on it as well as tested on it: training is what the model card's datasets are about.
      if (d.role === 'training') known.role = 'training';
      return;
    }
    if (byKey.size < MAX_DATASETS) byKey.set(d.key, { ...d, where: [where] });
  };
  const sorted = findings
    .filter((f) => DATA_ARTIFACTS.includes(f.artifact) && (f.outcome === 'evidence' || f.outcome === 'external'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  for (const f of sorted) {
    const role: Role = f.artifact === 'datasets' ? 'training' : 'evaluation';
    if (f.outcome === 'external') {
      const url = f.url !== undefined ? httpUrl(f.url) : undefined;
      if (!url) continue;
      const name = datasetName(url);
      add({ key: `url:${name.toLowerCase()}`, name, role, url }, { path: f.path, line: f.line });
    } else {
      // Shards of one dataset sit in one folder: one component per folder, not per file.
      const folder = folderOf(f.path);
      const license = mofComponent(report, f.artifact)?.license?.id;
      add({ key: `tree:${role}:${folder}`, name: folder, role, ...(license ? { license } : {}) }, { path: f.path, line: f.line });
    }
  }
  for (const id of card?.datasets ?? []) {
    add({ key: `url:${id.toLowerCase()}`, name: id, role: 'training', url: `https://huggingface.co/datasets/${encodePath(id)}` }, { path: cardPath ?? '', line: 1 });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Scores from the strongest eval-results evidence first; one value per (task, metric). */
function metricsOf(findings: readonly Finding[]): Array<EvalMetric & { path: string }> {
  const seen = new Set<string>();
  const out: Array<EvalMetric & { path: string }> = [];
  const sources = findings
    .filter((f) => f.artifact === 'eval-results' && f.outcome === 'evidence' && f.facts?.metrics?.length)
    .sort((a, b) => b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of sources) {
    for (const m of f.facts?.metrics ?? []) {
      const key = `${m.task}\u0000${m.metric}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...m, path: f.path });
    }
  }
  return out;
}

/** The card facts of the model card the report counts (its strongest evidence). */
function cardOf(report: GateReport, findings: readonly Finding[]): { facts: CardFacts; path: string } | undefined {
  const key = report.artifacts.find((a) => a.id === 'model-card')?.evidence[0];
  const candidates = findings.filter((f) => f.artifact === 'model-card' && f.outcome === 'evidence' && f.facts?.card);
  const chosen = (key && candidates.find((f) => f.path === key.path)) ?? candidates.sort((a, b) => b.strength - a.strength)[0];
  return chosen?.facts?.card ? { facts: chosen.facts.card, path: chosen.path } : undefined;
}

function modelCardOf(card: CardFacts | undefined, datasets: Dataset[], refs: Map<Dataset, string>, metrics: EvalMetric[]): ModelCard | undefined {
  const parameters: NonNullable<ModelCard['modelParameters']> = {};
  if (card?.approach) parameters.approach = { type: card.approach };
  if (card?.task) parameters.task = card.task;
  if (datasets.length) parameters.datasets = datasets.map((d) => ({ ref: refs.get(d)! }));
  const modelCard: ModelCard = {};
  if (Object.keys(parameters).length) modelCard.modelParameters = parameters;
  if (metrics.length) {
    modelCard.quantitativeAnalysis = {
      performanceMetrics: metrics.map((m) => ({ type: m.metric, value: String(m.value), slice: m.task })),
    };
  }
  const considerations: NonNullable<ModelCard['considerations']> = {};
  for (const s of card?.sections ?? []) {
    if (s.kind === 'uses') considerations.useCases = [s.text];
    else if (s.kind === 'limitations') considerations.technicalLimitations = [s.text];
    else considerations.ethicalConsiderations = [{ name: s.text }];
  }
  if (Object.keys(considerations).length) modelCard.considerations = considerations;
  return Object.keys(modelCard).length ? modelCard : undefined;
}

/** The license of the model parameters: the MOF weights component's, one declared for them, or the release's. */
function modelLicense(report: GateReport, findings: readonly Finding[]): { id: string; path?: string; line?: number } | undefined {
  const weights = mofComponent(report, 'weights')?.license;
  if (weights?.id) return { id: weights.id, ...(weights.path ? { path: weights.path } : {}), ...(weights.line ? { line: weights.line } : {}) };
  const declared = findings
    .filter((f) => f.artifact === 'license' && f.outcome === 'evidence' && f.license && licenseScopeOf(f) === 'parameters')
    .sort((a, b) => b.strength - a.strength)[0];
  if (declared?.license) return { id: declared.license, path: declared.path, line: declared.line };
  const release = report.mof?.licenses.distribution;
  if (release?.id) return { id: release.id, path: release.path };
  const file = report.artifacts.find((a) => a.id === 'license')?.evidence.find((e) => e.license && !e.path.includes('/'));
  return file?.license ? { id: file.license, path: file.path, line: file.line } : undefined;
}

function reference(url: string, type: ExternalReferenceType, comment: string): ExternalReference {
  return new ExternalReference(url, type, { comment });
}

/** Every artifact's evidence as references of the model: the report's judged artifacts, then the MOF-only ones from the scan. */
function evidenceReferences(report: GateReport, findings: readonly Finding[], links: RepoLinks | undefined): ExternalReference[] {
  const out: ExternalReference[] = [];
  const item = (id: ArtifactId, e: Pick<ReportItem, 'path' | 'line' | 'message' | 'url'>, external: boolean) => {
    const type = REFERENCE_TYPE[id] ?? ExternalReferenceType.Evidence;
    if (external || e.path === '') {
      const url = e.url !== undefined ? httpUrl(e.url) : undefined;
      if (url) out.push(reference(url, type, `${id}: published elsewhere, not verified by the gate: ${e.message}`));
      return;
    }
    out.push(reference(locationUrl(e.path, e.line, links), type, `${id}: ${e.message}`));
  };
  const judged = new Set<ArtifactId>();
  for (const a of report.artifacts) {
    judged.add(a.id);
    if (DATA_ARTIFACTS.includes(a.id)) continue;
    if (a.status === 'external' && a.external) {
      const url = httpUrl(a.external);
      if (url) out.push(reference(url, REFERENCE_TYPE[a.id] ?? ExternalReferenceType.Evidence, `${a.id}: declared in the policy as published elsewhere`));
      continue;
    }
    if (a.status !== 'present') continue;
    for (const e of a.evidence.slice(0, PER_ARTIFACT)) item(a.id, e, e.outcome === 'external');
  }
  const rest = new Map<ArtifactId, Finding[]>();
  for (const f of findings) {
    if (judged.has(f.artifact) || DATA_ARTIFACTS.includes(f.artifact) || f.outcome !== 'evidence') continue;
    rest.set(f.artifact, [...(rest.get(f.artifact) ?? []), f]);
  }
  for (const [id, list] of [...rest].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
    for (const f of list.slice(0, PER_ARTIFACT)) item(id, f, false);
  }
  return out;
}

function properties(report: GateReport): Property[] {
  const props = [
    new Property(`${PREFIX}:verdict`, report.verdict),
    new Property(`${PREFIX}:policy`, report.policy.source),
    new Property(`${PREFIX}:fail-on`, report.policy.failOn),
  ];
  if (report.commit) props.push(new Property(`${PREFIX}:commit`, report.commit));
  for (const a of report.artifacts) props.push(new Property(`${PREFIX}:artifact:${a.id}`, a.status));
  const mof = report.mof;
  if (mof) {
    props.push(new Property(`${PREFIX}:mof:framework`, `${mof.framework.name} ${mof.framework.version}`));
    props.push(new Property(`${PREFIX}:mof:class`, mof.class === null ? 'none' : String(mof.class)));
    props.push(new Property(`${PREFIX}:mof:label`, mof.label));
  }
  return props;
}

function modelName(report: GateReport, options: CycloneDxOptions): string {
  const given = options.name?.trim();
  if (given) return given;
  const segments = report.root.replace(/\\/g, '/').split('/').filter((s) => s && s !== '.' && s !== '..');
  return segments[segments.length - 1] ?? 'model';
}

/** A name-based (version 5) UUID: the same content always gets the same serial number. */
function serialFrom(content: string): string {
  // RFC 4122's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const name = `urn:${PREFIX}:cyclonedx:${createHash('sha256').update(content).digest('hex')}`;
  const b = createHash('sha1').update(namespace).update(name).digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Builds the BOM and returns it as JSON text (2-space indent, trailing newline). */
export function renderCycloneDx({ report, findings }: CycloneDxInput, options: CycloneDxOptions = {}): string {
  const links = validLinks(options.links) ? options.links : undefined;
  const card = cardOf(report, findings);
  const datasets = datasetsOf(report, findings, card?.facts, card?.path);
  const refs = new Map(datasets.map((d) => [d, refFor('dataset', d.key, d.name)] as const));
  const dataCard = report.artifacts.find((a) => a.id === 'data-card' && a.status === 'present')?.evidence[0];

  const bom = new Bom();
  bom.metadata.tools.components.add(new Component(ComponentType.Application, 'openness-gate', { version: report.tool.version, bomRef: `tool:openness-gate` }));
  if (options.timestamp && !Number.isNaN(options.timestamp.getTime())) bom.metadata.timestamp = options.timestamp;

  const model = new Component(ComponentType.MachineLearningModel, modelName(report, options), { bomRef: MODEL_REF });
  if (options.version?.trim()) model.version = options.version.trim();
  const license = modelLicense(report, findings);
  const modelLicenseObject = license && licenseOf(license.id, license.path ? locationUrl(license.path, license.line ?? 0, links) : undefined);
  if (modelLicenseObject) model.licenses.add(modelLicenseObject);
  if (links) model.externalReferences.add(reference(`${links.serverUrl.replace(/(?<!\/)\/+$/, '')}/${links.repository}`, ExternalReferenceType.VCS, 'the repository the gate judged'));
  for (const r of evidenceReferences(report, findings, links)) model.externalReferences.add(r);
  for (const p of properties(report)) model.properties.add(p);
  bom.metadata.component = model;

  const data = new Map<string, ComponentData[]>();
  for (const d of datasets) {
    const ref = refs.get(d)!;
    const c = new Component(ComponentType.Data, d.name, { bomRef: ref });
    if (d.url) c.externalReferences.add(reference(d.url, ExternalReferenceType.Documentation, 'the dataset card, where the dataset is published'));
    if (dataCard && d.role === 'training') c.externalReferences.add(reference(locationUrl(dataCard.path, dataCard.line, links), ExternalReferenceType.Documentation, "the release's data card"));
    for (const w of d.where.slice(0, PER_ARTIFACT)) {
      if (w.path) c.externalReferences.add(reference(locationUrl(w.path, w.line, links), ExternalReferenceType.Evidence, `named by the release in ${w.path}`));
    }
    const dl = d.license ? licenseOf(d.license) : undefined;
    if (dl) c.licenses.add(dl);
    c.properties.add(new Property(`${PREFIX}:dataset:role`, d.role));
    bom.components.add(c);
    model.dependencies.add(c.bomRef);
    data.set(ref, [{ type: 'dataset', name: d.name, ...(d.url ? { contents: { url: d.url } } : {}) }]);
  }

  const modelCard = modelCardOf(card?.facts, datasets, refs, metricsOf(findings));
  const serializer = new MlBomSerializer({ ...(modelCard ? { modelCard } : {}), data });
  const render = () => serializer.serialize(bom, { sortLists: true, space: 2 });
  bom.serialNumber = serialFrom(render());
  // Printed to a runner's log it cannot start a workflow command; parsed, it is the same document.
  return `${inertJson(render())}\n`;
}
