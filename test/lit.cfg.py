# -*- Python -*-
# lit configuration for wsplit: the plugin, the post-link splitter, the
# loader under Node and in Chromium. Substitutions name every tool a RUN line
# uses, so tests never depend on what happens to be on PATH.
import os
import shutil

import lit.formats
import lit.util

config.name = "wsplit"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".ll", ".s", ".test", ".yaml", ".js", ".mjs"]
config.excludes = ["Inputs", "tools", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.wsplit_obj_root, "test")

# LLVM's tools (FileCheck, not, yaml2obj, opt, llc, wasm-ld) come first.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])]
)
for var in ("HOME", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The loader and tests must not depend on the developer's Node options.
config.environment.pop("NODE_OPTIONS", None)

tools = config.llvm_tools_dir
clang = os.path.join(tools, "clang")
clangxx = os.path.join(tools, "clang++")
plugin = config.wsplit_plugin
sysroot = config.wsplit_sysroot
include = config.wsplit_runtime_include

wasm_target = "--target=wasm32-wasip1 --sysroot=%s" % sysroot
plugin_flags = "-fplugin=%s -I%s" % (plugin, include)
# clang runs a wasm-opt found on PATH after linking, which drops the
# relocation sections wsplit needs; --no-wasm-opt turns that off.
link_flags = "-Wl,--emit-relocs --no-wasm-opt"

config.substitutions += [
    ("%clangxx", clangxx),
    ("%clang", clang),
    ("%opt", os.path.join(tools, "opt")),
    ("%llc", os.path.join(tools, "llc")),
    ("%wasm-ld", os.path.join(tools, "wasm-ld")),
    ("%plugin", plugin),
    ("%sysroot", sysroot),
    ("%wsplit-include", include),
    ("%wasm-target", wasm_target),
    # Compile (and link) for wasm with the plugin loaded.
    ("%wasm-cc", "%s %s %s" % (clang, wasm_target, plugin_flags)),
    ("%wasm-cxx", "%s %s %s -fno-exceptions" % (clangxx, wasm_target, plugin_flags)),
    # Same compilers without the plugin: the unsplit reference build.
    ("%plain-cc", "%s %s -I%s" % (clang, wasm_target, include)),
    ("%plain-cxx", "%s %s -I%s -fno-exceptions" % (clangxx, wasm_target, include)),
    ("%link-flags", link_flags),
    ("%wsplit", config.wsplit_bin),
    ("%node", config.wsplit_node),
    ("%srcroot", config.wsplit_src_root),
    ("%inputs", os.path.join(config.test_source_root, "Inputs")),
    # Validates every module in the given output directories (wasm-validate).
    ("%validate", "python3 %s" % os.path.join(config.test_source_root,
                                              "tools", "validate.py")),
]

for tool in ("wasm-validate", "wasm-objdump", "wat2wasm"):
    if shutil.which(tool):
        config.available_features.add(tool)
# Long-running checks (fuzzing) run in CI, or with CI=true locally.
if os.environ.get("CI") == "true":
    config.available_features.add("ci")
if os.path.exists(config.wsplit_node):
    config.available_features.add("node")
if config.wsplit_sanitize:
    config.available_features.add("sanitize")
    # wsplit built with ASan + UBSan (the plugin is not instrumented; see
    # the top-level CMakeLists.txt). A report aborts, so it can never pass
    # for wsplit's own exit code 1 under `not`; leaks are errors too.
    config.environment["ASAN_OPTIONS"] = (
        "abort_on_error=1:detect_leaks=1:allocator_may_return_null=0")
    config.environment["UBSAN_OPTIONS"] = (
        "halt_on_error=1:abort_on_error=1:print_stacktrace=1")
