#===-- Platform/WASI.cmake - the WASI platform for CMake 3.25 ------------===#
#
# CMake loads Platform/<CMAKE_SYSTEM_NAME>.cmake after the toolchain file;
# CMake 3.25 (Debian 12) ships none for WASI. A WASI program is one statically
# linked .wasm file: no shared libraries, no rpath, no soname.
#
#===----------------------------------------------------------------------===#
set(WASI 1)
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
set(CMAKE_STATIC_LIBRARY_PREFIX "lib")
set(CMAKE_STATIC_LIBRARY_SUFFIX ".a")
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
set(CMAKE_SYSTEM_INCLUDE_PATH /include)
set(CMAKE_SYSTEM_LIBRARY_PATH /lib)
set(CMAKE_SYSTEM_PROGRAM_PATH /bin)
