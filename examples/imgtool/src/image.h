//===-- image.h - Images and the split points of imgtool --------*- C++ -*-===//
//
// An Image is 8-bit pixels, 1 to 4 interleaved channels (grey, grey+alpha,
// RGB, RGBA). The main module makes, describes and previews images; every
// library-backed feature is a split point whose module, library code
// included, loads the first time it is used:
//
//   split    library                 feature
//   decode   stb_image               PNG/JPEG/BMP/GIF/TGA/PSD/PNM input
//   encode   stb_image_write         PNG output
//   filter   Eigen (sparse)          blur, sharpen, edges as convolutions
//   analyze  Eigen (dense)           colour PCA, lighting fit, palette
//   report   {fmt}                   per-channel statistics tables
//   json     nlohmann/json           JSON description, JSON pipelines
//
//===----------------------------------------------------------------------===//
#ifndef IMGTOOL_IMAGE_H
#define IMGTOOL_IMAGE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>
#include <wsplit.h>

namespace imgtool {

struct Image {
  int Width = 0, Height = 0, Channels = 0;
  std::vector<std::uint8_t> Pixels; // row-major, Channels bytes per pixel
  std::string Source;               // "<built-in>", a file name, "<stdin>"
  std::vector<std::string> History; // operations applied so far

  std::uint8_t &at(int X, int Y, int C) {
    return Pixels[(static_cast<std::size_t>(Y) * Width + X) * Channels + C];
  }
  std::uint8_t at(int X, int Y, int C) const {
    return Pixels[(static_cast<std::size_t>(Y) * Width + X) * Channels + C];
  }
  /// Colour channels: all but alpha.
  int colorChannels() const { return Channels == 2 || Channels == 4 ? Channels - 1 : Channels; }
};

/// "R", "G", "B", "A" or "Y" (grey) for channel C.
const char *channelName(const Image &Img, int C);

/// Runs one command of the command line (or of a JSON pipeline) on Img;
/// false with a message on stderr when it fails (main.cpp).
bool runCommand(Image &Img, const std::string &Command);

// decode.cpp
WSPLIT("decode") bool decodeImage(const std::vector<std::uint8_t> &Bytes,
                                  Image &Out, std::string &Error);

// encode.cpp
WSPLIT("encode") std::vector<std::uint8_t> encodePng(const Image &Img);

// filter.cpp: Name is blur, sharpen or edges; Amount its parameter
// (sigma, strength; ignored for edges), <= 0 for the default.
WSPLIT("filter") bool applyFilter(Image &Img, const std::string &Name,
                                  double Amount, std::string &Error);

// analyze.cpp: Name is pca, fit or palette.
WSPLIT("analyze") bool analyze(const Image &Img, const std::string &Name);

// report.cpp
WSPLIT("report") void printReport(const Image &Img);

// json.cpp
WSPLIT("json") std::string describeJson(const Image &Img);
WSPLIT("json") bool runPipeline(Image &Img, const std::string &Json,
                                std::string &Error);

} // namespace imgtool

#endif
