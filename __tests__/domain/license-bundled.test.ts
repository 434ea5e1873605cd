// A license file that bundles the licenses of third-party code after the release's own (issue 12):
// the release's license is named, not rejected as modified; terms added to it still are.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { identifyLicenseText } from '../../src/domain/licenses/license-id.js';

const require = createRequire(import.meta.url);
const spdxFull = require('spdx-license-list/spdx-full.json') as Record<string, { licenseText: string }>;
const text = (id: string) => spdxFull[id]!.licenseText;

const bsd = `The following applies to all files unless otherwise noted:\n\n${text('BSD-3-Clause').replace('<year>', '2020').replace(/<(?:owner|copyright holder)>/gi, 'Example Corp')}`;
const note = 'This repository also contains code from Example Inc. and Another Lab. Files from these\norganizations have notices at the top of each file. Below are the licenses used in those files.';

describe('bundled third-party licenses', () => {
  it('the release license, a note and full open licenses set apart by rule lines', () => {
    const file = `${bsd}\n\n--\n\n${note}\n\n------------- LICENSE FOR Example code -------------\n\n${text('Apache-2.0')}\n\n------------- LICENSE FOR Another Lab code -------------\n\nMIT License\n\n${text('MIT')}\n`;
    expect(identifyLicenseText(file)).toMatchObject({ kind: 'identified', license: 'BSD-3-Clause' });
  });

  it('terms added to the release license itself are still found', () => {
    const added = bsd.replace('THIS SOFTWARE IS PROVIDED', 'The Software shall be used for Good, not Evil.\n\nTHIS SOFTWARE IS PROVIDED');
    expect(added).toContain('for Good');
    const file = `${added}\n\n--\n\n${note}\n\n---------- LICENSE FOR Example code ----------\n\n${text('Apache-2.0')}\n`;
    expect(identifyLicenseText(file)).toMatchObject({ kind: 'modified' });
  });

  it('a restricting note between the parts is not a bundled notice', () => {
    const file = `${bsd}\n\n--\n\nThe model weights may be used for research purposes only.\n\n---------- LICENSE FOR Example code ----------\n\n${text('Apache-2.0')}\n`;
    expect(identifyLicenseText(file).kind).not.toBe('identified');
  });

  it('a long line of rule characters costs little', () => {
    const file = `${bsd}\n${'-'.repeat(200_000)}x\n${text('MIT')}`;
    expect(() => identifyLicenseText(file)).not.toThrow();
  });
  it('a Markdown file with a note, then each license under its own heading (a dual license)', () => {
    const mit = text('MIT').replace('<year>', '2019').replace(/<copyright holders>/gi, 'Example Corp');
    const file = `This project is licensed under both the MIT License and the Apache License 2.0:\n\n## MIT License\n\n${mit}\n\n## Apache License 2.0\n\n${text('Apache-2.0')}\n`;
    expect(identifyLicenseText(file)).toMatchObject({ kind: 'identified', license: 'MIT' });
    // The same two texts run together without headings are still read as MIT with added terms.
    expect(identifyLicenseText(`${mit}\n\n${text('Apache-2.0')}`).kind).toBe('modified');
  });

  it('a heading that names no license does not split the file', () => {
    const mit = text('MIT').replace('<year>', '2019').replace(/<copyright holders>/gi, 'Example Corp');
    const file = `${mit}\n\n## Use of the weights\n\nThe weights shall not be used for commercial purposes or to train other models.\n`;
    expect(identifyLicenseText(file).kind).not.toBe('identified');
  });
});

describe('copyright holders over several lines', () => {
  const mit = text('MIT').replace('<year>', '2023');
  it('names continuing the copyright line are not added terms', () => {
    const names = 'Ada Lovelace, Alan Turing, Grace Hopper,\nEdsger Dijkstra, Barbara Liskov, Donald Knuth,\nJohn McCarthy, Frances Allen, Ken Thompson, Dennis Ritchie, Leslie Lamport\n';
    const file = `MIT License\n\n${mit.replace(/<copyright holders>/gi, names)}`;
    expect(file).toContain('Dennis Ritchie');
    expect(identifyLicenseText(file)).toMatchObject({ kind: 'identified', license: 'MIT' });
  });

  it('who developed the work and what the notice covers, in the copyright paragraph, are no added terms', () => {
    const bsd3 = text('BSD-3-Clause').replace(/Copyright[^\n]*\n/, '');
    const notice = 'Copyright (c) 2024 Example University. Developed at the Institute for\nProtein Design by Ada Lovelace and Alan Turing. This copyright\nand license covers both the source code and model weights referenced for\ndownload in the README file.\n\n';
    expect(identifyLicenseText(`BSD License\n\n${notice}${bsd3}`)).toMatchObject({ kind: 'identified', license: 'BSD-3-Clause' });
    // The same paragraph restricting the weights adds terms.
    const restricted = notice.replace('download in the README file.', 'download in the README file, for non-commercial research only.');
    expect(identifyLicenseText(`BSD License\n\n${restricted}${bsd3}`).kind).toBe('modified');
  });

  it('a term on the line after the copyright line is still an added term', () => {
    const file = `MIT License\n\n${mit.replace(/<copyright holders>/gi, 'Example Corp, Other Lab,\nThird Group, Fourth Team\nThe Software shall not be used for commercial purposes without written permission')}`;
    expect(identifyLicenseText(file).kind).toBe('modified');
  });
});

describe("another permissive licence's disclaimer closing the grant", () => {
  const bsd2 = text('BSD-2-Clause').replace('<year>', '2019').replace(/<owner>/gi, 'Example Corp');
  const grant = bsd2.slice(0, bsd2.indexOf('THIS SOFTWARE IS PROVIDED'));
  const isc = 'THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE, INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR ANY PARTICULAR PURPOSE. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, INDIRECT OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.';
  it('BSD-2-Clause conditions with the ISC-style disclaimer are BSD-2-Clause', () => {
    expect(grant).toContain('Redistributions in binary form');
    expect(identifyLicenseText(`${grant}\n${isc}\n`)).toMatchObject({ kind: 'identified', license: 'BSD-2-Clause' });
  });

  it('a restriction written among the borrowed disclaimer words still adds terms', () => {
    const restricted = isc.replace('IN NO EVENT', 'THE SOFTWARE SHALL NOT BE USED FOR COMMERCIAL PURPOSES OR MILITARY APPLICATIONS. IN NO EVENT');
    expect(identifyLicenseText(`${grant}\n${restricted}\n`).kind).not.toBe('identified');
    const short = isc.replace('IN NO EVENT', 'NOT FOR COMMERCIAL USE. IN NO EVENT');
    expect(identifyLicenseText(`${grant}\n${short}\n`).kind).not.toBe('identified');
  });
});
