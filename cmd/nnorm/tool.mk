# cmd/nnorm/tool.mk - nnorm's generated data (included by the Makefile).
include cmd/nnorm/t2s.mk
-include cmd/nnorm/repair.mk

# --version names the OpenCC whose dictionaries are compiled in
OPENCC_VERSION := $(shell dpkg-query -W -f='$${Version}' libopencc1.1 2>/dev/null | sed 's/[+~].*//')
ifeq ($(OPENCC_VERSION),)
OPENCC_VERSION := $(shell $(PKG_CONFIG) --modversion opencc 2>/dev/null)
endif
$(B)/cmd/nnorm/main.o: NK_CFLAGS += -DNN_OPENCC_VERSION='"$(OPENCC_VERSION)"'
