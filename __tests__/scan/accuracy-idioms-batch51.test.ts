// Idioms that the validation batches measured in the session of batches 51 and later showed the
// detectors missed, each with the look-alike that must stay as it was. Texts are written here in the
// shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { lines, strongest } from '../helpers/detector.js';

describe('vision training loaders that build their views on the fly', () => {
  const pretrain = (datasetCall: string[]) =>
    lines(
      'import torchvision.datasets as datasets',
      'import torchvision.transforms as transforms',
      'import views',
      '',
      'def main(args):',
      '    augmentation = [',
      '        transforms.RandomResizedCrop(224, scale=(0.2, 1.0)),',
      '        transforms.ColorJitter(0.4, 0.4, 0.4, 0.1),',
      '        transforms.RandomHorizontalFlip(),',
      '        transforms.ToTensor(),',
      '    ]',
      ...datasetCall,
      '    loader = torch.utils.data.DataLoader(train_set, batch_size=256, shuffle=True)',
      '    for epoch in range(args.epochs):',
      '        train(loader, model, optimizer, epoch)',
    );

  it('an image folder wrapped with a two-view transform, the call spread over lines, counts', () => {
    const f = strongest(preprocessing, 'main_pretrain.py', pretrain(['    train_set = datasets.ImageFolder(', '        traindir,', '        views.TwoViewTransform(transforms.Compose(augmentation)))']));
    expect(f).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['training-dataset']) });
  });

  it('the same folder read with only evaluation resizing stays short of evidence', () => {
    const evalOnly = lines(
      'import torchvision.datasets as datasets',
      'import torchvision.transforms as transforms',
      '',
      'def main(args):',
      '    val_set = datasets.ImageFolder(',
      '        valdir,',
      '        transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor()]))',
      '    loader = torch.utils.data.DataLoader(val_set, batch_size=256)',
      '    validate(loader, model)',
    );
    expect(strongest(preprocessing, 'main_pretrain.py', evalOnly)?.outcome).not.toBe('evidence');
  });

  const timm = (training: boolean) =>
    lines(
      'from timm.data import Dataset, create_loader, Mixup',
      '',
      'def main(args):',
      '    dataset_train = Dataset(train_dir)',
      ...(training ? ['    mixup_fn = Mixup(mixup_alpha=0.8, cutmix_alpha=1.0, label_smoothing=0.1)'] : []),
      '    loader_train = create_loader(',
      '        dataset_train,',
      '        input_size=224,',
      '        batch_size=args.batch_size,',
      `        is_training=${training ? 'True' : 'False'},`,
      ...(training ? ['        re_prob=args.reprob,', '        auto_augment=args.aa,'] : []),
      '    )',
      '    for epoch in range(args.epochs):',
      '        train_one_epoch(epoch, model, loader_train, optimizer)',
    );

  it("timm's training loader with its augmentation policy and mixup counts", () => {
    expect(strongest(preprocessing, 'main.py', timm(true))).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['training-dataset', 'augments']) });
  });

  it("timm's loader without training augmentation is not preprocessing", () => {
    expect(strongest(preprocessing, 'main.py', timm(false))?.outcome).not.toBe('evidence');
  });
});
