#!/usr/bin/python3
# gen_hmm.py - compile jieba's HMM tables (finalseg/prob_*.py of Debian's
# python3-jieba) into nseg's binary form, at build time:
#	/usr/bin/python3 gen_hmm.py JIEBA_FINALSEG_DIR out.bin
# Layout (little-endian): "NSEGHMM1", uint32 count, uint32 pad,
# double start[4], double trans[4][4], then count entries sorted by code
# point: uint32 cp, uint32 pad, double emit[4]. States in the order B M E S;
# impossible events are -3.14e100 as in jieba.
import importlib.util
import os
import struct
import sys

MIN = -3.14e100
STATES = "BMES"


def load(d, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(d, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.P


def main():
    d, out = sys.argv[1], sys.argv[2]
    start, trans, emit = load(d, "prob_start"), load(d, "prob_trans"), load(d, "prob_emit")
    cps = sorted({ord(c) for s in STATES for c in emit[s]})
    with open(out + ".tmp", "wb") as f:
        f.write(b"NSEGHMM1")
        f.write(struct.pack("<II", len(cps), 0))
        f.write(struct.pack("<4d", *[start.get(s, MIN) for s in STATES]))
        for a in STATES:
            f.write(struct.pack("<4d", *[trans.get(a, {}).get(b, MIN) for b in STATES]))
        for cp in cps:
            c = chr(cp)
            f.write(struct.pack("<II4d", cp, 0, *[emit[s].get(c, MIN) for s in STATES]))
    os.replace(out + ".tmp", out)


main()
