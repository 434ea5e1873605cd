"""Pretrain TinyLM from a YAML config; launched by scripts/train.slurm with torchrun."""
import math
import os
import sys

import numpy as np
import torch
import torch.distributed as dist
import yaml
from torch.nn.parallel import DistributedDataParallel as DDP

from src.tinylm.model import TinyLM


def lr_at(step: int, cfg: dict) -> float:
    sched, opt = cfg["schedule"], cfg["optimizer"]
    if step < sched["warmup_steps"]:
        return opt["lr"] * step / sched["warmup_steps"]
    progress = (step - sched["warmup_steps"]) / (sched["max_steps"] - sched["warmup_steps"])
    return opt["min_lr"] + 0.5 * (opt["lr"] - opt["min_lr"]) * (1 + math.cos(math.pi * progress))


def main(config_path: str) -> None:
    cfg = yaml.safe_load(open(config_path))
    dist.init_process_group("nccl")
    rank = dist.get_rank()
    torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))

    model = DDP(TinyLM(**cfg["model"]).cuda())
    optimizer = torch.optim.AdamW(
        model.parameters(),
        lr=cfg["optimizer"]["lr"],
        betas=tuple(cfg["optimizer"]["betas"]),
        weight_decay=cfg["optimizer"]["weight_decay"],
    )
    data = np.memmap(cfg["data"]["train_shards"].replace("*", "00000"), dtype=np.uint16, mode="r")
    seq = cfg["model"]["seq_length"]
    micro = cfg["data"]["micro_batch_size"]

    for step in range(cfg["schedule"]["max_steps"]):
        for group in optimizer.param_groups:
            group["lr"] = lr_at(step, cfg)
        idx = np.random.randint(0, len(data) - seq - 1, size=micro)
        batch = torch.stack([torch.from_numpy(data[i : i + seq + 1].astype(np.int64)) for i in idx]).cuda()
        logits = model(batch[:, :-1])
        loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), batch[:, 1:].flatten())
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["optimizer"]["grad_clip"])
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        if rank == 0 and step % cfg["checkpoint"]["every_steps"] == 0:
            torch.save(
                {"model": model.module.state_dict(), "optimizer": optimizer.state_dict(), "step": step},
                f"{cfg['checkpoint']['dir']}/step_{step:07d}.pt",
            )


if __name__ == "__main__":
    main(sys.argv[1])
