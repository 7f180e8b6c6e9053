#===-- WasiToolchain.cmake - wasm32-wasi with Clang 22 -------------------===#
#
# A CMake toolchain file for WebAssembly WASI programs built with Debian's
# Clang 22 against Debian's wasi-libc and libc++ for wasm32:
#
#   cmake -S app -B build -DCMAKE_TOOLCHAIN_FILE=<this file>
#
# It needs a sysroot: a directory holding nothing but the WASI headers and
# libraries, under both names of the target (Clang 22 says wasm32-wasip1,
# the Debian packages install wasm32-wasi):
#
#   sysroot/include/wasm32-wasi   -> /usr/include/wasm32-wasi
#   sysroot/include/wasm32-wasip1 -> /usr/include/wasm32-wasi
#   sysroot/lib/wasm32-wasi       -> /usr/lib/wasm32-wasi
#   sysroot/lib/wasm32-wasip1     -> /usr/lib/wasm32-wasi
#
# Pointing --sysroot at /usr itself would let the host's glibc headers leak
# into the build. The sysroot is, first found: -DWASI_SYSROOT=<dir>, the
# WASI_SYSROOT environment variable, <prefix>/share/wsplit/sysroot next to
# an installed copy of this file, <build>/sysroot next to the copy in a
# wsplit build tree.
#
# Exceptions are off (-fno-exceptions): Debian's libc++abi for wasm32 has no
# exception support, so a `throw` would fail to link. When this file sits
# next to wsplitConfig.cmake (install prefix or build tree),
# find_package(wsplit) finds that package without further hints.
#
#===----------------------------------------------------------------------===#
set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)

# Platform/WASI.cmake: CMake 3.25 has no WASI platform of its own.
foreach(dir "${CMAKE_CURRENT_LIST_DIR}" "${CMAKE_CURRENT_LIST_DIR}/wsplit")
  if(EXISTS "${dir}/Platform/WASI.cmake")
    list(APPEND CMAKE_MODULE_PATH "${dir}")
    break()
  endif()
endforeach()

# Clang 22: the wsplit plugin is built against its exact version.
if(NOT WASI_LLVM_BIN)
  set(WASI_LLVM_BIN "/usr/lib/llvm-22/bin")
endif()
set(CMAKE_C_COMPILER "${WASI_LLVM_BIN}/clang")
set(CMAKE_CXX_COMPILER "${WASI_LLVM_BIN}/clang++")
set(CMAKE_AR "${WASI_LLVM_BIN}/llvm-ar" CACHE FILEPATH "Archiver")
set(CMAKE_RANLIB "${WASI_LLVM_BIN}/llvm-ranlib" CACHE FILEPATH "Ranlib")
set(CMAKE_C_COMPILER_TARGET wasm32-wasip1)
set(CMAKE_CXX_COMPILER_TARGET wasm32-wasip1)

if(NOT WASI_SYSROOT AND DEFINED ENV{WASI_SYSROOT})
  set(WASI_SYSROOT "$ENV{WASI_SYSROOT}")
endif()
if(NOT WASI_SYSROOT)
  foreach(candidate "${CMAKE_CURRENT_LIST_DIR}/../../../share/wsplit/sysroot"
                    "${CMAKE_CURRENT_LIST_DIR}/../../../sysroot")
    if(EXISTS "${candidate}/include/wasm32-wasi/stdio.h")
      get_filename_component(WASI_SYSROOT "${candidate}" ABSOLUTE)
      break()
    endif()
  endforeach()
endif()
if(NOT EXISTS "${WASI_SYSROOT}/include/wasm32-wasip1/stdio.h" OR
   NOT EXISTS "${WASI_SYSROOT}/lib/wasm32-wasip1/libc.a")
  message(FATAL_ERROR
    "WasiToolchain.cmake: no WASI sysroot at '${WASI_SYSROOT}'. Install "
    "wasi-libc and libc++-22-dev-wasm32, then make a directory with the "
    "symlinks include/wasm32-wasi{,p1} -> /usr/include/wasm32-wasi and "
    "lib/wasm32-wasi{,p1} -> /usr/lib/wasm32-wasi and pass "
    "-DWASI_SYSROOT=<that directory> (docs/guide.md, section 1)")
endif()
set(CMAKE_SYSROOT "${WASI_SYSROOT}")
# try_compile() reads this file again in a fresh project: hand it the
# choices made here.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASI_SYSROOT WASI_LLVM_BIN)

set(CMAKE_CXX_FLAGS_INIT "-fno-exceptions")

# Search the sysroot, never the host, for headers, libraries and packages.
set(CMAKE_FIND_ROOT_PATH "${WASI_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# The wsplit package next to this file, which the root path above would
# hide from find_package().
if(NOT wsplit_DIR AND EXISTS "${CMAKE_CURRENT_LIST_DIR}/wsplitConfig.cmake")
  set(wsplit_DIR "${CMAKE_CURRENT_LIST_DIR}" CACHE PATH
      "Directory of wsplitConfig.cmake")
endif()
