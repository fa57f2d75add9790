# cmd/nnorm/tool.mk - nnorm's generated data (included by the Makefile).
include cmd/nnorm/t2s.mk
-include cmd/nnorm/repair.mk
