#===-- cmake/wsplitPackage.cmake - the package for user projects ---------===#
#
# Writes the wsplit CMake package (wsplitConfig.cmake.in, WasiToolchain.cmake,
# Platform/WASI.cmake) twice: into <build>/lib/cmake/wsplit, where it names
# the build tree's plugin, splitter, header and sysroot, so projects can use
# a build without installing it; and into <build>/cmake-install, with paths
# relative to its own location, for the top-level install() rules to put
# into <prefix>/lib/cmake/wsplit. docs/guide.md shows how projects use it.
#
#===----------------------------------------------------------------------===#
include(CMakePackageConfigHelpers)

set(WSPLIT_PACKAGE_BUILD_DIR "${CMAKE_BINARY_DIR}/lib/cmake/wsplit")
set(WSPLIT_PACKAGE_INSTALL_STAGING "${CMAKE_BINARY_DIR}/cmake-install")

# The build tree: absolute paths.
set(WSPLIT_PKG_LAYOUT "build tree ${CMAKE_BINARY_DIR}")
set(WSPLIT_PKG_PREFIX_CODE "")
set(WSPLIT_PKG_EXECUTABLE "${CMAKE_BINARY_DIR}/bin/wsplit")
set(WSPLIT_PKG_PLUGIN "${CMAKE_BINARY_DIR}/lib/wsplit-plugin.so")
set(WSPLIT_PKG_INCLUDE_DIR "${WSPLIT_RUNTIME_DIR}/include")
set(WSPLIT_PKG_SYSROOT "${CMAKE_BINARY_DIR}/sysroot")
configure_file("${CMAKE_CURRENT_LIST_DIR}/wsplitConfig.cmake.in"
               "${WSPLIT_PACKAGE_BUILD_DIR}/wsplitConfig.cmake" @ONLY)
configure_file("${CMAKE_CURRENT_LIST_DIR}/WasiToolchain.cmake"
               "${WSPLIT_PACKAGE_BUILD_DIR}/WasiToolchain.cmake" COPYONLY)
configure_file("${CMAKE_CURRENT_LIST_DIR}/wsplit/Platform/WASI.cmake"
               "${WSPLIT_PACKAGE_BUILD_DIR}/Platform/WASI.cmake" COPYONLY)
# ARCH_INDEPENDENT: the projects using the package build for wasm32, whose
# pointer size is not the host's.
write_basic_package_version_file(
  "${WSPLIT_PACKAGE_BUILD_DIR}/wsplitConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)

# The install prefix: <prefix>/lib/cmake/wsplit/wsplitConfig.cmake.
set(WSPLIT_PKG_LAYOUT "install prefix")
set(WSPLIT_PKG_PREFIX_CODE
    "get_filename_component(_wsplit_prefix \"\${CMAKE_CURRENT_LIST_DIR}/../../..\" ABSOLUTE)")
set(WSPLIT_PKG_EXECUTABLE "\${_wsplit_prefix}/bin/wsplit")
set(WSPLIT_PKG_PLUGIN "\${_wsplit_prefix}/lib/wsplit-plugin.so")
set(WSPLIT_PKG_INCLUDE_DIR "\${_wsplit_prefix}/include")
set(WSPLIT_PKG_SYSROOT "\${_wsplit_prefix}/share/wsplit/sysroot")
configure_file("${CMAKE_CURRENT_LIST_DIR}/wsplitConfig.cmake.in"
               "${WSPLIT_PACKAGE_INSTALL_STAGING}/wsplitConfig.cmake" @ONLY)
